"use client";

import { useActionState } from "react";
import { Checkbox } from "@/components/forms/checkbox";
import { FormMessage } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import { initialFormState, type FormState } from "@/lib/platform/forms/action-state";
import { count } from "@/lib/platform/text/count";

type Action = (state: FormState, formData: FormData) => Promise<FormState>;

export function TestSendForm({ action }: { action: Action }) {
  const [state, formAction] = useActionState(action, initialFormState);
  return (
    <form action={formAction} className="space-y-2">
      <SubmitButton pendingLabel="Sending…">Send a test to me</SubmitButton>
      <FormMessage state={state} />
    </form>
  );
}

export function SendForm({ action, recipients, resuming }: { action: Action; recipients: number; resuming: boolean }) {
  const [state, formAction] = useActionState(action, initialFormState);
  if (state.status === "success") return <FormMessage state={state} />;
  return (
    <form action={formAction} className="space-y-3">
      <FormMessage state={state} />
      <Checkbox name="checked" errors={state.fieldErrors?.checked}>
        I have checked the preview and the test email.
      </Checkbox>
      <SubmitButton pendingLabel="Sending…">
        {resuming ? "Finish sending" : `Send to ${count(recipients, "subscriber")}`}
      </SubmitButton>
    </form>
  );
}
