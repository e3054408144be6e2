"use server";

import { publicPagesChanged } from "@/lib/platform/server/public-pages";
import { redirect } from "next/navigation";
import { publicAction } from "@/lib/platform/forms/public-action";
import {
  decideOwnPullRequest,
  deleteOwnOutcome,
  saveOwnOutcome,
  OUTCOME_PROBLEMS,
  OutcomeSchema,
  TableCreditSchema,
} from "@/lib/features/outcomes";

// The manage link's token is the attendee's credential; the services check it.

export const saveOwnOutcomeAction = publicAction(
  OutcomeSchema,
  (token: string, outcomeId: string | null) =>
    async ({ input }) => {
      const outcome = await saveOwnOutcome(token, outcomeId, input);
      if (!outcome.ok) return { status: "error", message: OUTCOME_PROBLEMS[outcome.problem] };
      publicPagesChanged();
      return {
        status: "success",
        message: outcomeId ? `Saved "${input.title}".` : `Added "${input.title}". Thank you!`,
      };
    },
);

export const deleteOwnOutcomeAction = publicAction(null, (token: string, outcomeId: string) => async () => {
  const outcome = await deleteOwnOutcome(token, outcomeId);
  if (!outcome.ok) return { status: "error", message: OUTCOME_PROBLEMS[outcome.problem] };
  publicPagesChanged();
  return { status: "success", message: "Removed." };
});

export const decideOwnPullRequestAction = publicAction(
  null,
  (token: string, proposalId: string, decision: "accept" | "reject") => async () => {
    if (decision !== "accept" && decision !== "reject") return { status: "error", message: "Unknown action." };
    const outcome = await decideOwnPullRequest(token, proposalId, decision);
    if (!outcome.ok) return { status: "error", message: OUTCOME_PROBLEMS[outcome.problem] };
    publicPagesChanged(); // the impact page
    // The page shows the lists as they now stand, and says what happened (the button is gone).
    redirect(
      `/registrations/manage/${token}?done=${decision === "accept" ? "pull-request-added" : "pull-request-set-aside"}`,
    );
  },
);

export const acceptTablePullRequestAction = publicAction(
  TableCreditSchema,
  (token: string, proposalId: string) =>
    async ({ input }) => {
      const outcome = await decideOwnPullRequest(token, proposalId, "accept", undefined, input.worked);
      if (!outcome.ok) return { status: "error", message: OUTCOME_PROBLEMS[outcome.problem] };
      publicPagesChanged(); // the impact page
      redirect(`/registrations/manage/${token}?done=pull-request-added`);
    },
);
