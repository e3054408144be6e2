"use server";

import { publicAction } from "@/lib/forms/public-action";
import { reportRelayMessage } from "@/lib/services/report-relay-message";

export const reportRelayMessageAction = publicAction(null, (token: string) => async () => {
  // The same answer for a link already used: the message is with the organizers either way.
  await reportRelayMessage(token);
  return { status: "success", message: "Reported. The organizers will read the message and act on it." };
});
