"use client";

import { ActionButton } from "@/components/ui/action-button";
import { confirmSubscriptionAction } from "./actions";

export function ConfirmSubscriptionForm({ token }: { token: string }) {
  return (
    <ActionButton
      action={confirmSubscriptionAction.bind(null, token)}
      label="Confirm my subscription"
      pendingLabel="Confirming…"
    />
  );
}
