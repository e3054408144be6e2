"use client";

import { ChallengeField } from "@/components/ui/challenge-field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { ChoiceGroup, TextField } from "@/components/ui/fields";
import { useActionForm } from "@/components/ui/form";
import { PrivacyRequestSchema } from "@/lib/features/newsletter/client";
import { privacyRequestAction } from "@/app/(site)/newsletter/actions";

const KINDS = { export: "Email me a copy of my data", erase: "Erase my data" };

export function PrivacyRequestForm() {
  const { state, fields, formProps } = useActionForm(privacyRequestAction, { schema: PrivacyRequestSchema });
  if (state.status === "success") {
    return (
      <p
        role="status"
        aria-live="polite"
        className="rounded-lg border-2 border-sea-700 bg-sea-50 p-4 font-medium text-sea-950"
      >
        {state.message}
      </p>
    );
  }
  return (
    <form {...formProps} className="space-y-5">
      <FormMessage state={state} />
      <TextField field={fields.email} type="email" label="Email" autoComplete="email" />
      <ChoiceGroup field={fields.kind} legend="What would you like?" type="radio" options={KINDS} />
      <ChallengeField challenge={state.challenge} />
      <SubmitButton pendingLabel="Sending…">Send me the confirmation link</SubmitButton>
    </form>
  );
}
