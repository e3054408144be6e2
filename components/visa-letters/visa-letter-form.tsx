"use client";

import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextField } from "@/components/ui/fields";
import { useActionForm, type FormAction } from "@/components/ui/form";
import { VisaLetterRequestSchema } from "@/lib/features/visa-letters/client";

type Props = {
  action: FormAction;
  /** A request exists: the form corrects it (the passport number and date of birth are typed again). */
  correcting: boolean;
  initial: { fullName: string; nationality: string; consulate: string; arrivesOn: string; leavesOn: string };
};

/** What the letter needs; the passport number and date of birth are never shown back once saved. */
export function VisaLetterForm({ action, correcting, initial }: Props) {
  const { state, fields, formProps } = useActionForm(action, {
    schema: VisaLetterRequestSchema,
    defaultValue: initial,
  });
  return (
    <form {...formProps} className="max-w-xl space-y-4">
      {correcting && (
        <p>To correct your request, fill in every field again, your passport number and date of birth too.</p>
      )}
      <TextField field={fields.fullName} label="Full name, exactly as in your passport" autoComplete="name" />
      <TextField field={fields.nationality} label="Nationality" hint="e.g. Turkish" />
      <TextField field={fields.passportNumber} label="Passport number" autoComplete="off" spellCheck={false} />
      <TextField field={fields.dateOfBirth} type="date" label="Date of birth" autoComplete="bday" />
      <TextField
        field={fields.consulate}
        label="Consulate or embassy the letter is for"
        hint="e.g. Consulate General of Spain in Istanbul"
      />
      <TextField
        field={fields.arrivesOn}
        type="date"
        label="The day you arrive"
        hint="Up to 14 days before the first sprint morning"
      />
      <TextField
        field={fields.leavesOn}
        type="date"
        label="The day you leave"
        hint="Up to 14 days after the last one"
      />
      <SubmitButton pendingLabel="Sending…">
        {correcting ? "Correct my request" : "Ask for an invitation letter"}
      </SubmitButton>
      <FormMessage state={state} />
    </form>
  );
}
