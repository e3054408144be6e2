"use client";

import { useActionState } from "react";
import { FormMessage } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextArea } from "@/components/forms/text-area";
import { TextField } from "@/components/forms/text-field";
import { initialFormState, type FormState } from "@/lib/platform/forms/action-state";

type Props = {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  initial?: { subject: string; body: string };
  submitLabel: string;
};

export function AnnouncementForm({ action, initial, submitLabel }: Props) {
  const [state, formAction] = useActionState(action, initialFormState);
  const errors = state.fieldErrors ?? {};
  const value = (name: "subject" | "body") =>
    typeof state.values?.[name] === "string" ? (state.values[name] as string) : initial?.[name];
  return (
    <form action={formAction} noValidate className="space-y-4">
      <FormMessage state={state} />
      <TextField
        name="subject"
        label="Subject"
        required
        maxLength={150}
        defaultValue={value("subject")}
        errors={errors.subject}
      />
      <TextArea
        name="body"
        label="Message"
        hint="Markdown: **bold**, [links](https://…), ## headings, - lists. Each email adds the reader's unsubscribe link."
        rows={14}
        required
        defaultValue={value("body")}
        errors={errors.body}
      />
      <SubmitButton pendingLabel="Saving…">{submitLabel}</SubmitButton>
    </form>
  );
}
