"use client";

import { useActionForm } from "@/components/ui/form";
import { SubmitButton } from "@/components/ui/submit-button";
import { confirmSubscriptionAction } from "./actions";

export function ConfirmSubscriptionForm({ token }: { token: string }) {
  const { state, formProps } = useActionForm(confirmSubscriptionAction.bind(null, token));
  return (
    <form {...formProps} className="space-y-3">
      <p role="status" aria-live="polite" className="min-h-6 font-medium text-terracotta-700 dark:text-sun-300">
        {state.message ?? ""}
      </p>
      <SubmitButton pendingLabel="Confirming…">Confirm my subscription</SubmitButton>
    </form>
  );
}
