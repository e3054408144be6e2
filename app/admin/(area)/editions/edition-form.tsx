"use client";

import { useActionState } from "react";
import { FormMessage } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextArea } from "@/components/forms/text-area";
import { TextField } from "@/components/forms/text-field";
import { initialFormState, type FormState } from "@/lib/platform/forms/action-state";

export type EditionFormValues = Record<string, string>;

type Props = {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  initial: EditionFormValues;
  sponsorSlots: number;
  submitLabel: string;
};

export function EditionForm({ action, initial, sponsorSlots, submitLabel }: Props) {
  const [state, formAction] = useActionState(action, initialFormState);
  const errors = state.fieldErrors ?? {};
  const value = (name: string) =>
    (state.values && typeof state.values[name] === "string" ? (state.values[name] as string) : initial[name]) ?? "";
  const field = (name: string, label: string, extra: Record<string, unknown> = {}) => (
    <TextField name={name} label={label} defaultValue={value(name)} errors={errors[name]} {...extra} />
  );
  const area = (name: string, label: string, hint?: string) => (
    <TextArea name={name} label={label} hint={hint} rows={6} defaultValue={value(name)} errors={errors[name]} />
  );
  return (
    <form action={formAction} noValidate className="space-y-8">
      <FormMessage state={state} />
      <fieldset className="grid gap-4 sm:grid-cols-2">
        <legend className="mb-2 text-lg font-semibold">The edition</legend>
        {field("name", "Name", { required: true, hint: "e.g. Django on the Med: Pescara" })}
        {field("slug", "Web address", { required: true, hint: "/editions/<this>, e.g. pescara" })}
        {field("city", "City", { required: true })}
        {field("region", "Region")}
        {field("country", "Country", { required: true })}
        {field("timeZone", "Time zone", { required: true, hint: "IANA name, e.g. Europe/Rome" })}
        {field("startsOn", "First day", { type: "date", required: true })}
        {field("endsOn", "Last day", { type: "date", required: true })}
        {field("capacity", "Places", { type: "number", min: 1, max: 10000, required: true })}
      </fieldset>
      <fieldset className="grid gap-4 sm:grid-cols-2">
        <legend className="mb-2 text-lg font-semibold">Registration</legend>
        {field("registrationOpensAt", "Opens (venue time)", { type: "datetime-local", hint: "Empty: open now" })}
        {field("registrationClosesAt", "Closes (venue time)", {
          type: "datetime-local",
          hint: "Empty: when the edition ends",
        })}
      </fieldset>
      <fieldset className="grid gap-4 sm:grid-cols-2">
        <legend className="mb-2 text-lg font-semibold">Venue</legend>
        {field("venueName", "Venue", { required: true })}
        {field("venueAddress", "Venue address", { required: true })}
        {field("venueMapUrl", "Map link", { hint: "https://…" })}
      </fieldset>
      <fieldset className="space-y-4">
        <legend className="mb-2 text-lg font-semibold">Texts (markdown)</legend>
        {field("summary", "Summary", { hint: "One or two sentences for cards and sharing" })}
        {area("description", "Description", "Markdown: **bold**, [links](https://…), ## headings, - lists")}
        {area("schedule", "Schedule")}
        {area("travelNotes", "Getting there")}
        {area("accommodationNotes", "Where to stay")}
      </fieldset>
      <fieldset className="space-y-4">
        <legend className="mb-2 text-lg font-semibold">Outcomes</legend>
        {field("outcomeRepositories", "Repositories to search for pull requests", {
          hint: "owner/name, separated by commas, e.g. django/django, django/djangoproject.com. Empty: no search.",
        })}
      </fieldset>
      <fieldset className="grid gap-4 sm:grid-cols-3">
        <legend className="mb-2 text-lg font-semibold">Reported figures</legend>
        <p className="text-sm sm:col-span-3">
          For an edition held before this site, or figures it could not count: shown on the impact pages &ldquo;as
          reported by the organizers&rdquo;, beside what the site counts, never added to it. Leave empty what you do not
          know.
        </p>
        {field("reportedPeople", "People", { type: "number", min: 0 })}
        {field("reportedFirstTimers", "First-time contributors", { type: "number", min: 0 })}
        {field("reportedPullRequestsOpened", "Pull requests opened", { type: "number", min: 0 })}
        {field("reportedPullRequestsMerged", "Pull requests merged", { type: "number", min: 0 })}
        {field("reportedPullRequestsClosed", "Pull requests closed", { type: "number", min: 0 })}
      </fieldset>
      <fieldset className="space-y-4">
        <legend className="mb-2 text-lg font-semibold">Sponsors</legend>
        <p className="text-sm">
          In the order shown. Leave a row empty to remove it. Logos: an https:// address (or /file on this site).
        </p>
        {Array.from({ length: sponsorSlots }, (_, i) => (
          <div key={i} className="grid gap-3 rounded-lg border border-sand-200 p-3 sm:grid-cols-4">
            {field(`sponsors.${i}.name`, `Sponsor ${i + 1}: name`, { id: `sponsor-${i}-name` })}
            {field(`sponsors.${i}.contribution`, "What they covered", { id: `sponsor-${i}-contribution` })}
            {field(`sponsors.${i}.url`, "Website", { id: `sponsor-${i}-url` })}
            {field(`sponsors.${i}.logoUrl`, "Logo", { id: `sponsor-${i}-logo` })}
          </div>
        ))}
      </fieldset>
      <SubmitButton pendingLabel="Saving…">{submitLabel}</SubmitButton>
    </form>
  );
}
