"use server";

import { redirect } from "next/navigation";
import { publicAction } from "@/lib/platform/forms/public-action";
import { ROOM_SHARE_PROBLEMS } from "@/lib/features/room-shares";
import {
  joinRoomShares,
  leaveRoomShares,
  writeToRoomShare,
  RoomShareMessageSchema,
  RoomShareSchema,
} from "@/lib/features/room-shares";

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
