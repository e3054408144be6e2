"use client";

import { useActionState } from "react";
import { FormMessage } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextField } from "@/components/forms/text-field";
import { initialFormState } from "@/lib/platform/forms/action-state";
import { sendTestEmailAction } from "./actions";

export function TestSendForm() {
  const [state, action] = useActionState(sendTestEmailAction, initialFormState);
  return (
    <form action={action} noValidate className="space-y-3 rounded-xl border border-sand-200 p-5 dark:border-sea-800">
      <TextField
        name="email"
        type="email"
        label="Send a test message to"
        autoComplete="email"
        defaultValue={state.values?.email}
        errors={state.fieldErrors?.email}
      />
      <SubmitButton pendingLabel="Sending…">Send test message</SubmitButton>
      <FormMessage state={state} />
    </form>
  );
}
