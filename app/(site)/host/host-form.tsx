"use client";

import { useActionState } from "react";
import { ChallengeField } from "@/components/forms/challenge-field";
import { FormMessage } from "@/components/forms/form-message";
import { Honeypot } from "@/components/forms/honeypot";
import { SubmitButton } from "@/components/forms/submit-button";
import { SuccessNotice } from "@/components/forms/success-notice";
import { TextArea } from "@/components/forms/text-area";
import { TextField } from "@/components/forms/text-field";
import { initialFormState, type FormState } from "@/lib/platform/forms/action-state";

type Props = { action: (state: FormState, formData: FormData) => Promise<FormState> };

/** "Host the next edition"; a failed submit keeps every answer. */
export function HostForm({ action }: Props) {
  const [state, formAction] = useActionState(action, initialFormState);
  const errors = state.fieldErrors ?? {};
  const value = (name: string) =>
    typeof state.values?.[name] === "string" ? (state.values[name] as string) : undefined;
  if (state.status === "success") return <SuccessNotice message={state.message} />;
  const area = (name: string, label: string, hint?: string) => (
    <TextArea
      name={name}
      label={label}
      hint={hint}
      rows={4}
      maxLength={3000}
      defaultValue={value(name)}
      errors={errors[name]}
    />
  );
  return (
    <form action={formAction} noValidate className="max-w-2xl space-y-5">
      <FormMessage state={state} />
      <fieldset className="space-y-4">
        <legend className="text-xl font-semibold">The place</legend>
        <div className="grid gap-4 sm:grid-cols-2">
          <TextField
            name="city"
            label="City or town"
            autoComplete="address-level2"
            required
            defaultValue={value("city")}
            errors={errors.city}
          />
          <TextField
            name="country"
            label="Country"
            autoComplete="country-name"
            required
            defaultValue={value("country")}
            errors={errors.country}
          />
        </div>
        {area("why", "Why there?", "What makes it a good home for three mornings of sprinting and free afternoons?")}
        {area(
          "venue",
          "Venue ideas",
          "A room for 15–30 people with tables, power and wifi; a town council, a university, a coworking space…",
        )}
        {area("travel", "How to get there", "Airports, trains, ferries, buses")}
        {area("season", "Season and dates that suit", "Off-season is the idea: when is it quiet, mild and affordable?")}
        {area(
          "community",
          "Local community or sponsors (optional)",
          "Python or Django groups, companies that might cover breakfast or the venue",
        )}
        {area("accessibility", "Accessibility (optional)", "Step-free access, toilets, getting around without a car")}
        {area("other", "Anything else (optional)")}
      </fieldset>
      <fieldset className="space-y-4">
        <legend className="text-xl font-semibold">You</legend>
        <div className="grid gap-4 sm:grid-cols-2">
          <TextField
            name="name"
            label="Your name"
            autoComplete="name"
            required
            defaultValue={value("name")}
            errors={errors.name}
          />
          <TextField
            name="email"
            type="email"
            label="Email"
            autoComplete="email"
            required
            defaultValue={value("email")}
            errors={errors.email}
          />
        </div>
        <p className="text-sm">
          We use your address only to talk about this proposal.{" "}
          <a className="underline" href="/privacy">
            Privacy
          </a>
          .
        </p>
      </fieldset>
      <Honeypot />
      <ChallengeField challenge={state.challenge} />
      <SubmitButton pendingLabel="Sending…">Send my proposal</SubmitButton>
    </form>
  );
}
