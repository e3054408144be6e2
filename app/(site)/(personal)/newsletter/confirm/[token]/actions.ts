"use server";

import { redirect } from "next/navigation";
import { confirmSubscription } from "@/lib/services/confirm-subscription";

export type ConfirmSubscriptionState = { problem?: string };

export async function confirmSubscriptionAction(token: string): Promise<ConfirmSubscriptionState> {
  const outcome = await confirmSubscription(token);
  if (!outcome.ok) return { problem: outcome.problem };
  redirect(`/newsletter/confirm/${token}?done=1`);
}
