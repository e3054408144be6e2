"use server";

import { revalidatePath } from "next/cache";
import { publicAction } from "@/lib/platform/forms/public-action";
import { BOARD_PROBLEMS, claimTicket, ClaimSchema, releaseClaim } from "@/lib/features/ticket-board";

// The manage link's token is the attendee's credential; the services check it.
const boardPage = (token: string) => `/registrations/manage/${token}/board`;

export const claimTicketAction = publicAction(
  ClaimSchema,
  (token: string, ticketId: string, ticket: string) =>
    async ({ input }) => {
      const answer = await claimTicket(token, ticketId, input);
      if (!answer.ok) return { status: "error", message: BOARD_PROBLEMS[answer.problem] };
      revalidatePath(boardPage(token));
      return { status: "success", message: `${ticket} is yours${input.who === "table" ? " and your table's" : ""}.` };
    },
);

export const releaseClaimAction = publicAction(null, (token: string, claimId: string) => async () => {
  const answer = await releaseClaim(token, claimId);
  if (!answer.ok) return { status: "error", message: BOARD_PROBLEMS[answer.problem] };
  revalidatePath(boardPage(token));
  return { status: "success", message: "Released: the ticket is free again." };
});
