"use client";

import { useActionState } from "react";
import { SubmitButton } from "@/components/forms/submit-button";
import { initialFormState } from "@/lib/platform/forms/action-state";
import { confirmSubscriptionAction } from "./actions";

export function ConfirmSubscriptionForm({ token }: { token: string }) {
  const [state, action] = useActionState(confirmSubscriptionAction.bind(null, token), initialFormState);
  return (
    <form action={action} className="space-y-3">
      <p role="status" aria-live="polite" className="min-h-6 font-medium text-terracotta-700 dark:text-sun-300">
        {state.message ?? ""}
      </p>
      <SubmitButton pendingLabel="Confirming…">Confirm my subscription</SubmitButton>
    </form>
  );
}
