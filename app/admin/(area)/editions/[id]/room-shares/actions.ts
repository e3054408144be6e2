"use server";

import { revalidatePath } from "next/cache";
import { organizerAction } from "@/lib/platform/forms/organizer-action";
import { ROOM_SHARE_REMOVAL_PROBLEMS } from "@/lib/features/room-shares";
import { removeFromRoomShares } from "@/lib/features/room-shares";

export const removeFromRoomSharesAction = organizerAction(
  null,
  (editionId: string, registrationId: string) =>
    async ({ organizer }) => {
      const outcome = await removeFromRoomShares(organizer, editionId, registrationId);
      if (!outcome.ok) return { status: "error", message: ROOM_SHARE_REMOVAL_PROBLEMS[outcome.problem] };
      revalidatePath(`/admin/editions/${editionId}/room-shares`);
      revalidatePath(`/admin/editions/${editionId}/registrations/${registrationId}`);
      return { status: "success", message: "Removed from the board, and told by email." };
    },
);
