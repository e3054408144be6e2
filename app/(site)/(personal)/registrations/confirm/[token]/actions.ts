"use server";

import { after } from "next/server";
import { publicPagesChanged } from "@/lib/data/public-pages";
import { publicAction } from "@/lib/forms/public-action";
import { LINK_NO_LONGER_WORKS } from "@/lib/registration/wording";
import type { Placement } from "@/lib/registration/transitions";
import { confirmRegistration } from "@/lib/services/confirm-registration";

export const confirmAction = publicAction(null, (token: string) => async () => {
  const outcome = await confirmRegistration(token);
  if (!outcome.ok) return { status: "error", message: LINK_NO_LONGER_WORKS };
  // The public pages (places left, who is coming) are marked out of date once the answer is
  // sent: marking them during the action would have Next render this whole page again into the
  // answer, when the result it needs is already here.
  after(publicPagesChanged);
  const { ok: _ok, ...placement } = outcome;
  return { status: "success", result: placement as Placement };
});
