"use server";

import { revalidatePath } from "next/cache";
import { publicPagesChanged } from "@/lib/platform/server/public-pages";
import { organizerAction } from "@/lib/platform/forms/organizer-action";
import {
  deleteOutcome,
  refreshEditionOutcomes,
  saveOutcome,
  OUTCOME_PROBLEMS,
  decidePullRequests,
  searchPullRequestsNow,
  settleGitHubClash,
  CLASH_PROBLEMS,
  DISCOVERY_WORDING,
  KeepGitHubUsernameSchema,
  ProposalDecisionSchema,
  OutcomeSchema,
} from "@/lib/features/outcomes";
import { count } from "@/lib/platform/text/count";

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

export const searchPullRequestsAction = organizerAction(null, (editionId: string) => async ({ organizer }) => {
  const report = await searchPullRequestsNow(organizer, editionId);
  revalidatePath(`/admin/editions/${editionId}/outcomes`);
  if (report.rateLimited) return { status: "error", message: `Paused: ${report.rateLimited}` };
  const summary = [
    `Searched for ${count(report.searched, "attendee")}: ${count(report.found, "pull request")} found, ${report.proposed} new to review below.`,
    ...(report.linkedToClaims > 0 ? [DISCOVERY_WORDING.linkedToClaims(report.linkedToClaims)] : []),
    ...(report.waiting > 0 && report.resumesAt
      ? [DISCOVERY_WORDING.waiting(count(report.waiting, "attendee")), DISCOVERY_WORDING.continuesAt(report.resumesAt)]
      : []),
    ...(report.clashes.length > 0 ? [`${DISCOVERY_WORDING.clashIntro} ${report.clashes.join(", ")}.`] : []),
  ].join(" ");
  if (report.problems.length > 0 || report.clashes.length > 0)
    return { status: "error", message: [summary, ...report.problems].join(" ") };
  return { status: "success", message: summary };
});

export const settleGitHubClashAction = organizerAction(
  KeepGitHubUsernameSchema,
  (editionId: string) =>
    async ({ organizer, input }) => {
      const settled = await settleGitHubClash(organizer, editionId, input.registration);
      if (!settled.ok) return { status: "error", message: CLASH_PROBLEMS[settled.problem] };
      revalidatePath(`/admin/editions/${editionId}/outcomes`);
      return { status: "success", message: DISCOVERY_WORDING.kept(settled.username, settled.name) };
    },
);

export const decidePullRequestsAction = organizerAction(
  ProposalDecisionSchema,
  (editionId: string) =>
    async ({ organizer, input: { proposal, decision, worked } }) => {
      const decided = await decidePullRequests(organizer, editionId, proposal, decision, undefined, worked);
      if (decision === "accept") publicPagesChanged();
      revalidatePath(`/admin/editions/${editionId}/outcomes`);
      return {
        status: "success",
        message:
          decision === "accept"
            ? `Added ${count(decided, "pull request")} to the outcomes.`
            : `Set aside ${count(decided, "pull request")}: later searches will not propose them again.`,
      };
    },
);
