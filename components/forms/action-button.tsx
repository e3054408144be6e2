"use client";

import { useActionState } from "react";
import { initialFormState, type FormState } from "@/lib/platform/forms/action-state";
import { FormMessage } from "./form-message";
import { SubmitButton } from "./submit-button";

/** One button that runs one action and announces the result. */
export function ActionButton({
  action,
  label,
  pendingLabel,
}: {
  action: (state: FormState) => Promise<FormState>;
  label: string;
  pendingLabel: string;
}) {
  const [state, formAction] = useActionState(action, initialFormState);
  return (
    <form action={formAction} className="space-y-1">
      <SubmitButton pendingLabel={pendingLabel}>{label}</SubmitButton>
      <FormMessage state={state} />
    </form>
  );
}
