"use client";

import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { SuccessNotice } from "@/components/ui/success-notice";
import { TextArea } from "@/components/ui/fields";
import { useActionForm, type FormAction } from "@/components/ui/form";
import { RemovalRequestSchema } from "@/lib/features/journal/client";

export function RemovalForm({ action }: { action: FormAction }) {
  const { state, fields, formProps } = useActionForm(action, { schema: RemovalRequestSchema });
  if (state.status === "success") return <SuccessNotice message={state.message} />;
  return (
    <form {...formProps} className="max-w-xl space-y-4">
      <FormMessage state={state} />
      <TextArea
        field={fields.reason}
        label="Why (optional)"
        hint="e.g. “It is my post and I would rather it were not here.”"
      />
      <SubmitButton pendingLabel="Sending…">Remove this post from the journal</SubmitButton>
    </form>
  );
}
