"use server";

import { redirect } from "next/navigation";
import { publicAction } from "@/lib/platform/forms/public-action";
import { NEWSLETTER_LINK_NO_LONGER_WORKS, confirmSubscription } from "@/lib/features/newsletter";

export const confirmSubscriptionAction = publicAction(null, (token: string) => async () => {
  const outcome = await confirmSubscription(token);
  if (!outcome.ok) return { status: "error", message: NEWSLETTER_LINK_NO_LONGER_WORKS };
  redirect(`/newsletter/confirm/${token}?done=1`);
});
