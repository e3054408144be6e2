"use client";

import { useActionState } from "react";
import { FormMessage } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import { SuccessNotice } from "@/components/forms/success-notice";
import { TextArea } from "@/components/forms/text-area";
import { initialFormState, type FormState } from "@/lib/platform/forms/action-state";

export function RemovalForm({ action }: { action: (state: FormState, formData: FormData) => Promise<FormState> }) {
  const [state, formAction] = useActionState(action, initialFormState);
  if (state.status === "success") return <SuccessNotice message={state.message} />;
  const typed = typeof state.values?.reason === "string" ? state.values.reason : undefined;
  return (
    <form action={formAction} noValidate className="max-w-xl space-y-4">
      <FormMessage state={state} />
      <TextArea
        name="reason"
        label="Why (optional)"
        hint="e.g. “It is my post and I would rather it were not here.”"
        maxLength={1000}
        defaultValue={typed}
        errors={state.fieldErrors?.reason}
      />
      <SubmitButton pendingLabel="Sending…">Remove this post from the journal</SubmitButton>
    </form>
  );
}
