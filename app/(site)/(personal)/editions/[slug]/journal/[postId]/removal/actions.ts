"use server";

import { headers } from "next/headers";
import { publicPagesChanged } from "@/lib/platform/server/public-pages";
import { publicAction } from "@/lib/platform/forms/public-action";
import { clientAddress } from "@/lib/platform/security/rate-limit";
import { requestJournalRemoval } from "@/lib/features/journal/journal";
import { RemovalRequestSchema } from "@/lib/features/journal/schemas";

// Its throttle lives in the service (per client and site-wide), with the outcome it decides.
export const requestRemovalAction = publicAction(
  RemovalRequestSchema,
  (postId: string) =>
    async ({ input: { reason } }) => {
      const outcome = await requestJournalRemoval(postId, reason, clientAddress(await headers()));
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
