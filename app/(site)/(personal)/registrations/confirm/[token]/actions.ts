"use server";

import { redirect } from "next/navigation";
import { publicPagesChanged } from "@/lib/data/public-pages";
import { tryAgainMessage } from "@/lib/registration/edition-lock";
import { confirmRegistration } from "@/lib/services/confirm-registration";

export type ConfirmState = { problem?: string; tryAgain?: string };

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
  publicPagesChanged();
  // With the link now used, its page shows the result. A redirect rather than this page rendered
  // again in the action's answer: Next applies the revalidation before it redirects, so the public
  // pages the person opens next show their place taken.
  redirect(`/registrations/confirm/${token}`);
}
