"use client";

import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { Checkbox } from "@/components/ui/fields";
import { useActionForm, type FormAction } from "@/components/ui/form";
import { count } from "@/lib/platform/text/count";

export function TestSendForm({ action }: { action: FormAction }) {
  const { state, formProps } = useActionForm(action);
  return (
    <form {...formProps} className="space-y-2">
      <SubmitButton pendingLabel="Sending…">Send a test to me</SubmitButton>
      <FormMessage state={state} />
    </form>
  );
}

export function SendForm({
  action,
  recipients,
  resuming,
}: {
  action: FormAction;
  recipients: number;
  resuming: boolean;
}) {
  const { state, fields, formProps } = useActionForm(action);
  if (state.status === "success") return <FormMessage state={state} />;
  return (
    <form {...formProps} className="space-y-3">
      <FormMessage state={state} />
      <Checkbox field={fields.checked!}>I have checked the preview and the test email.</Checkbox>
      <SubmitButton pendingLabel="Sending…">
        {resuming ? "Finish sending" : `Send to ${count(recipients, "subscriber")}`}
      </SubmitButton>
    </form>
  );
}
