"use client";

import { useActionState } from "react";
import { Checkbox } from "@/components/forms/checkbox";
import { ChoiceGroup } from "@/components/forms/choice-group";
import { FormMessage } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextArea } from "@/components/forms/text-area";
import { TextField } from "@/components/forms/text-field";
import { initialFormState, type FormState } from "@/lib/forms/action-state";
import { EXPERIENCE, INTERESTS } from "@/lib/validation/registration";

type Props = {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  days: Record<string, string>;
};

const text = (state: FormState, name: string) => {
  const value = state.values?.[name];
  return typeof value === "string" ? value : undefined;
};

export function RegistrationForm({ action, days }: Props) {
  const [state, formAction] = useActionState(action, initialFormState);
  const errors = state.fieldErrors ?? {};
  const ticked = (name: string) => state.values?.[name] === "on";

  if (state.status === "success") {
    return (
      <div role="status" aria-live="polite" className="rounded-xl border-2 border-sea-700 bg-sea-50 p-6 text-sea-950">
        <h2 className="text-xl font-semibold">Almost there</h2>
        <p className="mt-2">{state.message}</p>
        <p className="mt-2 text-sm">Nothing arrived? Check your spam folder, or register again in a few minutes to get a new link.</p>
      </div>
    );
  }

  return (
    <form action={formAction} noValidate className="space-y-6">
      <FormMessage state={state} />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField name="name" label="Your name" autoComplete="name" maxLength={100} required defaultValue={text(state, "name")} errors={errors.name} />
        <TextField name="email" type="email" label="Email" autoComplete="email" required defaultValue={text(state, "email")} errors={errors.email} hint="We send your confirmation link here." />
        <TextField name="city" label="City you come from" autoComplete="address-level2" maxLength={100} required defaultValue={text(state, "city")} errors={errors.city} />
        <TextField name="country" label="Country" autoComplete="country-name" maxLength={100} required defaultValue={text(state, "country")} errors={errors.country} />
        <TextField name="affiliation" label="Affiliation (optional)" autoComplete="organization" maxLength={100} defaultValue={text(state, "affiliation")} errors={errors.affiliation} />
      </div>
      <ChoiceGroup name="experience" type="radio" legend="Your contributions to Django so far" options={EXPERIENCE} selected={state.values?.experience} errors={errors.experience} required />
      <ChoiceGroup name="interests" type="checkbox" legend="Areas you would like to work on" options={INTERESTS} selected={state.values?.interests} errors={errors.interests} />
      <TextArea name="hopes" label="What you hope to work on (optional)" maxLength={1000} defaultValue={text(state, "hopes")} errors={errors.hopes} />
      <ChoiceGroup name="days" type="checkbox" legend="Days you will attend" options={days} selected={state.values?.days ?? Object.keys(days)} errors={errors.days} required />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextArea name="dietary" label="Dietary requirements (optional)" hint="For breakfast." maxLength={300} defaultValue={text(state, "dietary")} errors={errors.dietary} />
        <TextArea name="accessibility" label="Accessibility needs (optional)" hint="Anything the venue should know." maxLength={500} defaultValue={text(state, "accessibility")} errors={errors.accessibility} />
      </div>
      <div className="space-y-3">
        <Checkbox name="afternoonActivities" checked={ticked("afternoonActivities")}>I am interested in the afternoon activities (beach, coastal walk).</Checkbox>
        <Checkbox name="publicListing" checked={ticked("publicListing")}>Show my name, city and interests on the public attendee list.</Checkbox>
        <Checkbox name="newsletterOptIn" checked={ticked("newsletterOptIn")}>Send me the newsletter about future editions (separate from this registration).</Checkbox>
        <Checkbox name="codeOfConduct" checked={ticked("codeOfConduct")} errors={errors.codeOfConduct}>
          I have read and accept the <a className="underline" href="/code-of-conduct">code of conduct</a>.
        </Checkbox>
      </div>
      <div aria-hidden="true" className="absolute -left-[9999px] h-0 w-0 overflow-hidden">
        <label>
          Leave this empty
          <input type="text" name="website" tabIndex={-1} autoComplete="off" />
        </label>
      </div>
      <SubmitButton pendingLabel="Registering…">Register</SubmitButton>
    </form>
  );
}
