"use server";

import { redirect } from "next/navigation";
import { publicAction } from "@/lib/forms/public-action";
import { ROOM_SHARE_PROBLEMS } from "@/lib/sprint/wording";
import { joinRoomShares } from "@/lib/services/join-room-shares";
import { leaveRoomShares } from "@/lib/services/leave-room-shares";
import { writeToRoomShare } from "@/lib/services/write-to-room-share";
import { RoomShareMessageSchema, RoomShareSchema } from "@/lib/validation/room-shares";

// The manage link's token is the attendee's credential; the services check it.

export const joinRoomSharesAction = publicAction(RoomShareSchema, (token: string) => async ({ input }) => {
  const outcome = await joinRoomShares(token, input);
  if (!outcome.ok) return { status: "error", message: ROOM_SHARE_PROBLEMS[outcome.problem] };
  redirect(`/registrations/manage/${token}?done=room-share-saved`);
});

export const leaveRoomSharesAction = publicAction(null, (token: string) => async () => {
  await leaveRoomShares(token);
  redirect(`/registrations/manage/${token}?done=room-share-left`);
});

export const writeToRoomShareAction = publicAction(
  RoomShareMessageSchema,
  (token: string, toRegistrationId: string) =>
    async ({ input }) => {
      const outcome = await writeToRoomShare(token, toRegistrationId, input.body);
      if (!outcome.ok) return { status: "error", message: ROOM_SHARE_PROBLEMS[outcome.problem] };
      return { status: "success", message: "Sent. Their answer will come straight to your inbox." };
    },
);
