"use server";

import { headers } from "next/headers";
import { publicPagesChanged } from "@/lib/data/public-pages";
import { submittedValues, validatedAction, type FormState } from "@/lib/forms/action-state";
import { clientAddress } from "@/lib/security/rate-limit";
import { requestJournalRemoval } from "@/lib/services/journal";
import { RemovalRequestSchema } from "@/lib/validation/journal";

export async function requestRemovalAction(
  postId: string,
  previous: FormState,
  formData: FormData,
): Promise<FormState> {
  return validatedAction(RemovalRequestSchema, async ({ reason }) => {
    const outcome = await requestJournalRemoval(postId, reason, clientAddress(await headers()));
    if (outcome === "throttled") {
      return {
        status: "error",
        message: "Too many requests from here. Please write to us instead.",
        values: submittedValues(formData),
      };
    }
    // Only a post that was on the page changes the pages: an unknown or hidden one changes nothing.
    if (outcome === "hidden") publicPagesChanged();
    // The same answer if the post was already hidden: the request is honoured either way.
    return {
      status: "success",
      message: "Done: the post is hidden from the journal now, and the organizers will remove it for good.",
    };
  })(previous, formData);
}
