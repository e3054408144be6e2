"use client";

import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextField } from "@/components/ui/fields";
import { useActionForm } from "@/components/ui/form";
import { sendTestEmailAction } from "./actions";

export function TestSendForm() {
  const { state, fields, formProps } = useActionForm(sendTestEmailAction);
  return (
    <form {...formProps} className="space-y-3 rounded-xl border border-sand-200 p-5 dark:border-sea-800">
      <TextField field={fields.email!} type="email" label="Send a test message to" autoComplete="email" />
      <SubmitButton pendingLabel="Sending…">Send test message</SubmitButton>
      <FormMessage state={state} />
    </form>
  );
}
