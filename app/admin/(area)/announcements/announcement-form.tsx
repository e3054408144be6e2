"use client";

import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextArea, TextField } from "@/components/ui/fields";
import { useActionForm, type FormAction } from "@/components/ui/form";
import { AnnouncementSchema } from "@/lib/features/newsletter/client";

type Props = {
  action: FormAction;
  initial?: { subject: string; body: string };
  submitLabel: string;
};

export function AnnouncementForm({ action, initial, submitLabel }: Props) {
  const { state, fields, formProps } = useActionForm(action, { schema: AnnouncementSchema, defaultValue: initial });
  return (
    <form {...formProps} className="space-y-4">
      <FormMessage state={state} />
      <TextField field={fields.subject} label="Subject" />
      <TextArea
        field={fields.body}
        label="Message"
        hint="Markdown: **bold**, [links](https://…), ## headings, - lists. Each email adds the reader's unsubscribe link."
        rows={14}
      />
      <SubmitButton pendingLabel="Saving…">{submitLabel}</SubmitButton>
    </form>
  );
}
