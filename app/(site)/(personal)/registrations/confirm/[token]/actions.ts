"use server";

import { publicAction } from "@/lib/platform/forms/public-action";
import { LINK_NO_LONGER_WORKS, type Placement, confirmRegistration } from "@/lib/features/registration";

export const confirmAction = publicAction(null, (token: string) => async () => {
  const outcome = await confirmRegistration(token);
  if (!outcome.ok) return { status: "error", message: LINK_NO_LONGER_WORKS };
  // The count of places and the attendee list catch up within seconds (SEAT_COUNT_REFRESH_S).
  const { ok: _ok, ...placement } = outcome;
  return { status: "success", result: placement as Placement };
});
