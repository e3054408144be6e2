"use client";

import { useActionState } from "react";
import { ChoiceGroup } from "@/components/forms/choice-group";
import { FormMessage } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextArea } from "@/components/forms/text-area";
import { TextField } from "@/components/forms/text-field";
import { initialFormState, type FormState } from "@/lib/platform/forms/action-state";
import { STATUS_LABELS } from "@/lib/features/registration/client";

type Action = (state: FormState, formData: FormData) => Promise<FormState>;

export function EmailByStatusForm({ action }: { action: Action }) {
  const [state, formAction] = useActionState(action, initialFormState);
  const errors = state.fieldErrors ?? {};
  const values = state.values ?? {};
  return (
    <form action={formAction} noValidate className="space-y-4">
      <FormMessage state={state} />
      <ChoiceGroup
        name="status"
        legend="Send to everyone who is"
        type="radio"
        options={STATUS_LABELS}
        selected={values.status}
        errors={errors.status}
        required
      />
      <TextField
        name="subject"
        label="Subject"
        defaultValue={typeof values.subject === "string" ? values.subject : undefined}
        errors={errors.subject}
      />
      <TextArea
        name="body"
        label="Message"
        hint="Plain text; a blank line starts a new paragraph."
        rows={6}
        defaultValue={typeof values.body === "string" ? values.body : undefined}
        errors={errors.body}
      />
      <SubmitButton pendingLabel="Queuing…">Send the email</SubmitButton>
    </form>
  );
}
