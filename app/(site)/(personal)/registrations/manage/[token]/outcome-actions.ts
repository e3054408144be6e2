"use server";

import { publicPagesChanged } from "@/lib/data/public-pages";
import { submittedValues, validatedAction, type FormState } from "@/lib/forms/action-state";
import { deleteOwnOutcome } from "@/lib/services/delete-own-outcome";
import { saveOwnOutcome } from "@/lib/services/save-own-outcome";
import { OutcomeSchema } from "@/lib/validation/outcome";

export async function saveOwnOutcomeAction(
  token: string,
  outcomeId: string | null,
  previous: FormState,
  formData: FormData,
): Promise<FormState> {
  return validatedAction(OutcomeSchema, async (input) => {
    const outcome = await saveOwnOutcome(token, outcomeId, input);
    if (!outcome.ok) return { status: "error", message: outcome.message, values: submittedValues(formData) };
    publicPagesChanged();
    return { status: "success", message: outcomeId ? `Saved "${input.title}".` : `Added "${input.title}". Thank you!` };
  })(previous, formData);
}

export async function deleteOwnOutcomeAction(token: string, outcomeId: string): Promise<FormState> {
  const outcome = await deleteOwnOutcome(token, outcomeId);
  if (!outcome.ok) return { status: "error", message: outcome.message };
  publicPagesChanged();
  return { status: "success", message: "Removed." };
}
