"use server";

import { updateTag } from "next/cache";
import { CACHE_TAGS } from "@/lib/data/shared-cache";
import { redirect } from "next/navigation";
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
  updateTag(CACHE_TAGS.availability);
  // The result page is the manage page's view of the registration, reached with a fresh look.
  redirect(`/registrations/confirm/${token}?done=${outcome.status}`);
}
