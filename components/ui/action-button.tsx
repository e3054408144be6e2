"use client";

import { useActionForm } from "@/components/ui/form";
import type { FormState } from "@/lib/platform/forms/action-state";
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
  const { state, formProps } = useActionForm(action);
  return (
    <form {...formProps} className="space-y-1">
      <SubmitButton pendingLabel={pendingLabel}>{label}</SubmitButton>
      <FormMessage state={state} />
    </form>
  );
}
