"use client";

import { useActionState } from "react";
import { ChoiceGroup } from "@/components/forms/choice-group";
import { ChallengeField } from "@/components/forms/challenge-field";
import { FormMessage } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextField } from "@/components/forms/text-field";
import { initialFormState } from "@/lib/platform/forms/action-state";
import { privacyRequestAction } from "@/app/(site)/newsletter/actions";

const KINDS = { export: "Email me a copy of my data", erase: "Erase my data" };

export function PrivacyRequestForm() {
  const [state, action] = useActionState(privacyRequestAction, initialFormState);
  const errors = state.fieldErrors ?? {};
  const values = state.values ?? {};
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
    <form action={action} noValidate className="space-y-5">
      <FormMessage state={state} />
      <TextField
        name="email"
        type="email"
        label="Email"
        autoComplete="email"
        required
        defaultValue={typeof values.email === "string" ? values.email : undefined}
        errors={errors.email}
      />
      <ChoiceGroup
        name="kind"
        legend="What would you like?"
        type="radio"
        options={KINDS}
        selected={values.kind}
        errors={errors.kind}
        required
      />
      <ChallengeField challenge={state.challenge} />
      <SubmitButton pendingLabel="Sending…">Send me the confirmation link</SubmitButton>
    </form>
  );
}
