"use client";

import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextField } from "@/components/ui/fields";
import { useActionForm, type FormAction } from "@/components/ui/form";
import { VisaLetterDeclineSchema } from "@/lib/features/visa-letters/client";

/** Declining needs a short note: the person reads it on their page. */
export function DeclineForm({ action, name }: { action: FormAction; name: string }) {
  const { state, fields, formProps } = useActionForm(action, { schema: VisaLetterDeclineSchema });
  return (
    <form {...formProps} className="space-y-2">
      <TextField
        field={fields.note}
        id={`${formProps.id}-note`}
        label={`Why you decline ${name}'s request`}
        hint="A short note they will read"
      />
      <SubmitButton pendingLabel="Declining…">Decline</SubmitButton>
      <FormMessage state={state} />
    </form>
  );
}
