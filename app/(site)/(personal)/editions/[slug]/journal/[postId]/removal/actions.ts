"use server";

import { publicPagesChanged } from "@/lib/platform/server/public-pages";
import { publicAction } from "@/lib/platform/forms/public-action";
import { requestJournalRemoval, RemovalRequestSchema } from "@/lib/features/journal";

// Its throttle lives in the service (per client and site-wide), with the outcome it decides.
export const requestRemovalAction = publicAction(
  RemovalRequestSchema,
  (postId: string) =>
    async ({ input: { reason }, address }) => {
      const outcome = await requestJournalRemoval(postId, reason, address);
      if (outcome === "throttled")
        return { status: "error", message: "Too many requests from here. Please write to us instead." };
      // Only a post that was on the page changes the pages: an unknown or hidden one changes nothing.
      if (outcome === "hidden") publicPagesChanged();
      // The same answer if the post was already hidden: the request is honoured either way.
      return {
        status: "success",
        message: "Done: the post is hidden from the journal now, and the organizers will remove it for good.",
      };
    },
);
