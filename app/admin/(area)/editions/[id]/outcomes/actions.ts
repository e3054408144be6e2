"use server";

import { revalidatePath } from "next/cache";
import { publicPagesChanged } from "@/lib/data/public-pages";
import { organizerAction } from "@/lib/forms/organizer-action";
import { deleteOutcome } from "@/lib/services/delete-outcome";
import { refreshEditionOutcomes } from "@/lib/services/refresh-outcome-statuses";
import { saveOutcome } from "@/lib/services/save-outcome";
import { OUTCOME_PROBLEMS } from "@/lib/outcomes/labels";
import { OutcomeSchema } from "@/lib/validation/outcome";

function changed(editionId: string) {
  publicPagesChanged();
  revalidatePath(`/admin/editions/${editionId}/outcomes`);
}

export const saveOutcomeAction = organizerAction(
  OutcomeSchema,
  (editionId: string, outcomeId: string | null) =>
    async ({ organizer, input }) => {
      const outcome = await saveOutcome(organizer, editionId, outcomeId, input);
      if (!outcome.ok) return { status: "error", message: OUTCOME_PROBLEMS[outcome.problem] };
      changed(editionId);
      return { status: "success", message: outcomeId ? `Saved "${input.title}".` : `Added "${input.title}".` };
    },
);

export const deleteOutcomeAction = organizerAction(
  null,
  (editionId: string, outcomeId: string) =>
    async ({ organizer }) => {
      const outcome = await deleteOutcome(organizer, outcomeId);
      if (!outcome.ok) return { status: "error", message: OUTCOME_PROBLEMS[outcome.problem] };
      changed(editionId);
      return { status: "success", message: "Deleted." };
    },
);

export const refreshStatusesAction = organizerAction(null, (editionId: string) => async () => {
  const report = await refreshEditionOutcomes(editionId);
  changed(editionId);
  const summary = `Checked ${report.checked} on GitHub and Trac: ${report.changed} changed.`;
  if (report.rateLimited) return { status: "error", message: `${summary} Stopped early: ${report.rateLimited}` };
  if (report.problems.length > 0) {
    const problems = report.problems.map((problem) => `"${problem.title}": ${problem.message}`).join(" ");
    return { status: "error", message: `${summary} ${report.problems.length} could not be read: ${problems}` };
  }
  return { status: "success", message: summary };
});
