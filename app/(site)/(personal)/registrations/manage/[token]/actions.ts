"use server";

import { publicPagesChanged } from "@/lib/data/public-pages";
import { redirect } from "next/navigation";
import { submittedValues } from "@/lib/forms/action-state";
import { publicAction } from "@/lib/forms/public-action";
import { updateRegistrationAnswers } from "@/lib/services/update-registration-answers";
import { RegistrationAnswersSchema } from "@/lib/validation/registration";
import { tryAgainMessage } from "@/lib/registration/edition-lock";
import { acceptOffer } from "@/lib/services/accept-offer";
import { cancelRegistration } from "@/lib/services/cancel-registration";

export type ManageState = { message?: string };

async function run(work: () => Promise<{ ok: boolean }>, token: string, done: string): Promise<ManageState> {
  let outcome;
  try {
    outcome = await work();
  } catch (error) {
    const retry = tryAgainMessage(error);
    if (retry) return { message: retry };
    throw error;
  }
  if (outcome.ok) publicPagesChanged();
  // Either way the page shows the registration as it now stands.
  redirect(`/registrations/manage/${token}${outcome.ok ? `?done=${done}` : ""}`);
}

export async function cancelAction(token: string, _previous: ManageState, formData: FormData): Promise<ManageState> {
  if (formData.get("sure") !== "on") return { message: "Tick the box to confirm that you want to release your place." };
  return run(() => cancelRegistration(token), token, "cancelled");
}

export async function acceptOfferAction(token: string, _previous: ManageState): Promise<ManageState> {
  return run(() => acceptOffer(token), token, "accepted");
}

export const updateAnswersAction = publicAction(
  RegistrationAnswersSchema,
  (token: string) =>
    async ({ input: answers, formData }) => {
      const outcome = await updateRegistrationAnswers(token, answers);
      if (outcome.ok) {
        publicPagesChanged(); // the public attendee list may change
        return { status: "success", message: "Your answers are saved.", values: submittedValues(formData) };
      }
      if (outcome.problem === "invalid-days") {
        return {
          status: "error",
          message: "Please correct the highlighted fields.",
          fieldErrors: { days: [outcome.message] },
        };
      }
      return { status: "error", message: "This registration can no longer be changed." };
    },
);
