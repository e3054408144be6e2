"use client";

import { ChallengeField } from "@/components/ui/challenge-field";
import { FormMessage } from "@/components/ui/form-message";
import { Honeypot } from "@/components/ui/honeypot";
import { SubmitButton } from "@/components/ui/submit-button";
import { SuccessNotice } from "@/components/ui/success-notice";
import { TextArea, TextField } from "@/components/ui/fields";
import { useActionForm, type FormAction } from "@/components/ui/form";
import { HostProposalSchema } from "@/lib/features/host-proposals/client";

type Props = { action: FormAction };

/** "Host the next edition"; a failed submit keeps every answer. */
export function HostForm({ action }: Props) {
  const { state, fields, formProps } = useActionForm(action, { schema: HostProposalSchema });
  if (state.status === "success") return <SuccessNotice message={state.message} />;
  const area = (
    name: "why" | "venue" | "travel" | "season" | "community" | "accessibility" | "other",
    label: string,
    hint?: string,
  ) => <TextArea field={fields[name]} label={label} hint={hint} rows={4} />;
  return (
    <form {...formProps} className="max-w-2xl space-y-5">
      <FormMessage state={state} />
      <fieldset className="space-y-4">
        <legend className="text-xl font-semibold">The place</legend>
        <div className="grid gap-4 sm:grid-cols-2">
          <TextField field={fields.city} label="City or town" autoComplete="address-level2" />
          <TextField field={fields.country} label="Country" autoComplete="country-name" />
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
          <TextField field={fields.name} label="Your name" autoComplete="name" />
          <TextField field={fields.email} type="email" label="Email" autoComplete="email" />
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
