"use client";

import { useActionState } from "react";
import { SubmitButton } from "@/components/forms/submit-button";
import { confirmAction, type ConfirmState } from "./actions";

export function ConfirmForm({ token }: { token: string }) {
  const [state, action] = useActionState(confirmAction.bind(null, token), {} as ConfirmState);
  return (
    <form action={action} className="space-y-3">
      <p role="status" aria-live="polite" className="min-h-6 font-medium text-terracotta-700 dark:text-sun-300">
        {state.tryAgain ?? (state.problem ? "This link can no longer be used. Reload the page to see why." : "")}
      </p>
      <SubmitButton pendingLabel="Confirming…">Confirm my registration</SubmitButton>
    </form>
  );
}
