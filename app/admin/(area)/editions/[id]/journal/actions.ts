"use server";

import { revalidatePath } from "next/cache";
import { requireOrganizer } from "@/lib/auth/require-organizer";
import { publicPagesChanged } from "@/lib/data/public-pages";
import { submittedValues, validatedAction, type FormState } from "@/lib/forms/action-state";
import { decideJournalPost, importJournal, type JournalDecision } from "@/lib/services/journal";
import { JournalImportSchema } from "@/lib/validation/journal";

const DAY_MS = 24 * 60 * 60_000;

export async function importJournalAction(
  editionId: string,
  previous: FormState,
  formData: FormData,
): Promise<FormState> {
  const organizer = await requireOrganizer();
  return validatedAction(JournalImportSchema, async ({ instanceUrl, hashtag, from, to }) => {
    // The window is whole days, UTC: a post at 23:30 on the last day belongs.
    const report = await importJournal(organizer, editionId, {
      instanceUrl,
      hashtag,
      from: new Date(from),
      to: new Date(new Date(to).getTime() + DAY_MS - 1),
    });
    if (!report.ok) return { status: "error", message: report.message, values: submittedValues(formData) };
    revalidatePath(`/admin/editions/${editionId}/journal`);
    return {
      status: "success",
      message: `Found ${report.found} public posts with #${hashtag}; ${report.added} new ones wait for your review below.`,
      values: submittedValues(formData),
    };
  })(previous, formData);
}

const DECISIONS = new Set<JournalDecision>(["publish", "unpublish", "remove"]);

export async function decideJournalPostAction(
  editionId: string,
  postId: string,
  decision: JournalDecision,
): Promise<FormState> {
  const organizer = await requireOrganizer();
  if (!DECISIONS.has(decision)) return { status: "error", message: "Unknown action." };
  const outcome = await decideJournalPost(organizer, postId, decision);
  publicPagesChanged();
  revalidatePath(`/admin/editions/${editionId}/journal`);
  return { status: outcome.ok ? "success" : "error", message: outcome.message };
}
