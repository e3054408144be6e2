"use client";

import { ChallengeField } from "@/components/ui/challenge-field";
import { FormMessage } from "@/components/ui/form-message";
import { Honeypot } from "@/components/ui/honeypot";
import { SubmitButton } from "@/components/ui/submit-button";
import { Checkbox, TextArea, TextField } from "@/components/ui/fields";
import { useActionForm, type FormAction } from "@/components/ui/form";
import { REGISTRATION_CONSENT } from "@/lib/features/newsletter/client";
import { RegistrationFormSchema } from "@/lib/features/registration/client";
import { RegistrationAnswerFields } from "./registration-answer-fields";
import { GrantAskFields } from "@/components/travel-grants/ask-form";
import { RegistrationWithGrantSchema } from "@/lib/features/travel-grants/client";

type Props = {
  action: FormAction;
  days: Record<string, string>;
  /** On an edition by application: the organizers' question (the form becomes an application). */
  application?: { question: string };
  /** The edition takes travel grant requests: the two optional fields show. */
  travelGrants?: boolean;
};

export function RegistrationForm({ action, days, application, travelGrants = false }: Props) {
  const { state, fields, formProps } = useActionForm(action, {
    schema: travelGrants ? RegistrationWithGrantSchema : RegistrationFormSchema,
    defaultValue: { days: Object.keys(days) },
  });

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
    <form {...formProps} className="space-y-6">
      <FormMessage state={state} />
      <TextField
        field={fields.email}
        type="email"
        label="Email"
        autoComplete="email"
        hint="We send your confirmation link here."
      />
      <RegistrationAnswerFields fields={fields} days={days} />
      {application && (
        <fieldset className="space-y-4">
          <legend className="text-lg font-semibold">Your application</legend>
          <TextArea field={fields.applicationAnswer} label={application.question} rows={4} required />
          <Checkbox field={fields.needsVisaLetter}>I will need a visa invitation letter</Checkbox>
        </fieldset>
      )}
      {travelGrants && <GrantAskFields fields={fields} />}
      <Checkbox field={fields.newsletterOptIn}>{REGISTRATION_CONSENT.text}</Checkbox>
      <Checkbox field={fields.codeOfConduct}>
        I have read and accept the{" "}
        <a className="underline" href="/code-of-conduct">
          code of conduct
        </a>
        .
      </Checkbox>
      <Honeypot />
      <ChallengeField challenge={state.challenge} />
      <SubmitButton pendingLabel={application ? "Sending…" : "Registering…"}>
        {application ? "Apply" : "Register"}
      </SubmitButton>
    </form>
  );
}
