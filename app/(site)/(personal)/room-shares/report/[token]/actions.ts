"use server";

import { publicAction } from "@/lib/platform/forms/public-action";
import { blockRelaySender, reportRelayMessage } from "@/lib/features/room-shares";

export const reportRelayMessageAction = publicAction(null, (token: string) => async () => {
  // The same answer for a link already used: the message is with the organizers either way.
  await reportRelayMessage(token);
  return { status: "success", message: "Reported. The organizers will read the message and act on it." };
});

export const blockRelaySenderAction = publicAction(null, (token: string) => async () => {
  if (!(await blockRelaySender(token)))
    return { status: "error", message: "This link no longer works, so nothing was changed." };
  return { status: "success", message: "Done. They can no longer write to you through the room-share board." };
});
