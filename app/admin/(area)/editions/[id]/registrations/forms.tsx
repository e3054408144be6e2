"use client";

import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { ChoiceGroup, TextArea, TextField } from "@/components/ui/fields";
import { useActionForm, type FormAction } from "@/components/ui/form";
import { STATUS_LABELS, StatusMessageSchema } from "@/lib/features/registration/client";

export function EmailByStatusForm({ action }: { action: FormAction }) {
  const { state, fields, formProps } = useActionForm(action, { schema: StatusMessageSchema });
  return (
    <form {...formProps} className="space-y-4">
      <FormMessage state={state} />
      <ChoiceGroup field={fields.status} legend="Send to everyone who is" type="radio" options={STATUS_LABELS} />
      <TextField field={fields.subject} label="Subject" />
      <TextArea field={fields.body} label="Message" hint="Plain text; a blank line starts a new paragraph." rows={6} />
      <SubmitButton pendingLabel="Queuing…">Send the email</SubmitButton>
    </form>
  );
}
