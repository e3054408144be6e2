"use client";

import { useActionState } from "react";
import { Checkbox } from "@/components/forms/checkbox";
import { ChallengeField } from "@/components/forms/challenge-field";
import { FormMessage } from "@/components/forms/form-message";
import { Honeypot } from "@/components/forms/honeypot";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextField } from "@/components/forms/text-field";
import { initialFormState, type FormState } from "@/lib/platform/forms/action-state";
import { REGISTRATION_CONSENT } from "@/lib/features/newsletter/client";
import { RegistrationAnswerFields } from "./registration-answer-fields";

type Props = {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  days: Record<string, string>;
};

export function RegistrationForm({ action, days }: Props) {
  const [state, formAction] = useActionState(action, initialFormState);
  const errors = state.fieldErrors ?? {};
  const values = state.values ?? {};

  if (state.status === "success") {
    return (
      <div role="status" aria-live="polite" className="rounded-xl border-2 border-sea-700 bg-sea-50 p-6 text-sea-950">
        <h2 className="text-xl font-semibold">Almost there</h2>
        <p className="mt-2">{state.message}</p>
        <p className="mt-2 text-sm">
          Nothing arrived? Check your spam folder, or register again in a few minutes to get a new link.
        </p>
      </div>
    );
  }

  return (
    <form action={formAction} noValidate className="space-y-6">
      <FormMessage state={state} />
      <TextField
        name="email"
        type="email"
        label="Email"
        autoComplete="email"
        required
        defaultValue={typeof values.email === "string" ? values.email : undefined}
        errors={errors.email}
        hint="We send your confirmation link here."
      />
      <RegistrationAnswerFields values={values} errors={errors} days={days} />
      <Checkbox name="newsletterOptIn" checked={values.newsletterOptIn === "on"}>
        {REGISTRATION_CONSENT.text}
      </Checkbox>
      <Checkbox name="codeOfConduct" checked={values.codeOfConduct === "on"} errors={errors.codeOfConduct}>
        I have read and accept the{" "}
        <a className="underline" href="/code-of-conduct">
          code of conduct
        </a>
        .
      </Checkbox>
      <Honeypot />
      <ChallengeField challenge={state.challenge} />
      <SubmitButton pendingLabel="Registering…">Register</SubmitButton>
    </form>
  );
}
