"use server";

import { publicPagesChanged } from "@/lib/platform/server/public-pages";
import { redirect } from "next/navigation";
import { publicAction } from "@/lib/platform/forms/public-action";
import {
  updateRegistrationAnswers,
  FORM_PROBLEMS,
  RegistrationAnswersSchema,
  acceptOffer,
  cancelRegistration,
} from "@/lib/features/registration";

/**
 * Either way the page shows the registration as it now stands, and says why if nothing changed.
 * The count of places catches up within seconds (SEAT_COUNT_REFRESH_S).
 */
function showRegistration(token: string, outcome: { ok: boolean }, done: string): never {
  redirect(`/registrations/manage/${token}${outcome.ok ? `?done=${done}` : ""}`);
}

export const cancelAction = publicAction(null, (token: string) => async ({ formData }) => {
  if (formData.get("sure") !== "on")
    return { status: "error", message: "Tick the box to confirm that you want to release your place." };
  showRegistration(token, await cancelRegistration(token), "cancelled");
});

export const acceptOfferAction = publicAction(
  null,
  (token: string) => async () => showRegistration(token, await acceptOffer(token), "accepted"),
);

export const updateAnswersAction = publicAction(
  RegistrationAnswersSchema,
  (token: string) =>
    async ({ input: answers }) => {
      const outcome = await updateRegistrationAnswers(token, answers);
      if (outcome.ok) {
        publicPagesChanged(); // the public attendee list may change
        return { status: "success", message: "Your answers are saved.", keepValues: true };
      }
      if (outcome.problem === "invalid-days") {
        return {
          status: "error",
          message: "Please correct the highlighted fields.",
          fieldErrors: { days: [FORM_PROBLEMS["invalid-days"]] },
        };
      }
      return { status: "error", message: "This registration can no longer be changed." };
    },
);
