"use server";

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
  // Marking the pages out of date also has Next render this page again in the action's answer
  // (after applying the revalidation): with the link now used, it shows the result. No redirect:
  // that would make Next fetch the page over HTTP from itself.
  publicPagesChanged();
  return {};
}
