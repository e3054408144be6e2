"use server";

import { revalidatePath } from "next/cache";
import { requireOrganizer } from "@/lib/auth/require-organizer";
import { publicPagesChanged } from "@/lib/data/public-pages";
import { submittedValues, validatedAction, type FormState } from "@/lib/forms/action-state";
import { deleteOutcome } from "@/lib/services/delete-outcome";
import { saveOutcome } from "@/lib/services/save-outcome";
import { refreshEditionOutcomes } from "@/lib/services/refresh-outcome-statuses";
import { OutcomeSchema } from "@/lib/validation/outcome";

function changed(editionId: string) {
  publicPagesChanged();
  revalidatePath(`/admin/editions/${editionId}/outcomes`);
}

export async function saveOutcomeAction(
  editionId: string,
  outcomeId: string | null,
  previous: FormState,
  formData: FormData,
): Promise<FormState> {
  const organizer = await requireOrganizer();
  return validatedAction(OutcomeSchema, async (input) => {
    const outcome = await saveOutcome(organizer, editionId, outcomeId, input);
    if (!outcome.ok) return { status: "error", message: outcome.message, values: submittedValues(formData) };
    changed(editionId);
    return { status: "success", message: outcomeId ? `Saved "${input.title}".` : `Added "${input.title}".` };
  })(previous, formData);
}

export async function deleteOutcomeAction(editionId: string, outcomeId: string): Promise<FormState> {
  const organizer = await requireOrganizer();
  const outcome = await deleteOutcome(organizer, outcomeId);
  if (!outcome.ok) return { status: "error", message: outcome.message };
  changed(editionId);
  return { status: "success", message: "Deleted." };
}

export async function refreshStatusesAction(editionId: string): Promise<FormState> {
  await requireOrganizer();
  const report = await refreshEditionOutcomes(editionId);
  changed(editionId);
  const summary = `Checked ${report.checked} on GitHub and Trac: ${report.changed} changed.`;
  if (report.rateLimited) return { status: "error", message: `${summary} Stopped early: ${report.rateLimited}` };
  if (report.problems.length > 0) {
    return {
      status: "error",
      message: `${summary} ${report.problems.length} could not be read: ${report.problems.map((problem) => `"${problem.title}": ${problem.message}`).join(" ")}`,
    };
  }
  return { status: "success", message: summary };
}
