"use server";

import { revalidatePath } from "next/cache";
import { publicPagesChanged } from "@/lib/platform/server/public-pages";
import { organizerAction } from "@/lib/platform/forms/organizer-action";
import {
  describeTimelineProblem,
  POST_DECISIONS_DONE,
  POST_PROBLEMS,
  decideJournalPost,
  importJournal,
  type JournalDecision,
  JournalImportSchema,
} from "@/lib/features/journal";

const DAY_MS = 24 * 60 * 60_000;

export const importJournalAction = organizerAction(
  JournalImportSchema,
  (editionId: string) =>
    async ({ organizer, input: { instanceUrl, hashtag, from, to } }) => {
      // The window is whole days, UTC: a post at 23:30 on the last day belongs.
      const report = await importJournal(organizer, editionId, {
        instanceUrl,
        hashtag,
        from: new Date(from),
        to: new Date(new Date(to).getTime() + DAY_MS - 1),
      });
      if (!report.ok) return { status: "error", message: describeTimelineProblem(report) };
      revalidatePath(`/admin/editions/${editionId}/journal`);
      return {
        status: "success",
        message: `Found ${report.found} public posts with #${hashtag}; ${report.added} new ones wait for your review below.`,
        keepValues: true,
      };
    },
);

const DECISIONS = new Set<JournalDecision>(["publish", "unpublish", "remove"]);

export const decideJournalPostAction = organizerAction(
  null,
  (editionId: string, postId: string, decision: JournalDecision) =>
    async ({ organizer }) => {
      if (!DECISIONS.has(decision)) return { status: "error", message: "Unknown action." };
      const outcome = await decideJournalPost(organizer, postId, decision);
      publicPagesChanged();
      revalidatePath(`/admin/editions/${editionId}/journal`);
      return outcome.ok
        ? { status: "success", message: POST_DECISIONS_DONE[decision] }
        : { status: "error", message: POST_PROBLEMS[outcome.problem] };
    },
);
