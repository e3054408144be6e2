"use server";

import { after } from "next/server";
import { publicPagesChanged } from "@/lib/data/public-pages";
import { tryAgainMessage } from "@/lib/registration/edition-lock";
import type { Placement } from "@/lib/registration/transitions";
import { confirmRegistration } from "@/lib/services/confirm-registration";

export type ConfirmState = { placement?: Placement; problem?: string; tryAgain?: string };

export async function confirmAction(token: string, _previous: ConfirmState): Promise<ConfirmState> {
  let outcome;
  try {
    outcome = await confirmRegistration(token);
  } catch (error) {
    const retry = tryAgainMessage(error);
    if (retry) return { tryAgain: retry };
    throw error;
  }
  if (!outcome.ok) return { problem: outcome.problem };
  // The public pages (places left, who is coming) are marked out of date once the answer is
  // sent: marking them during the action would have Next render this whole page again into the
  // answer, when the result it needs is already here.
  after(publicPagesChanged);
  const { ok: _ok, ...placement } = outcome;
  return { placement };
}
