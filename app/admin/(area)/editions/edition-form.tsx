"use client";

import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { ChoiceGroup, TextArea, TextField, type FormField } from "@/components/ui/fields";
import { useActionForm, type FormAction } from "@/components/ui/form";
import { EditionFormSchema } from "@/lib/features/editions/client";

/** The edition's fields by name; a sponsor's are named sponsors.<row>.<field>. */
export type EditionFormValues = Record<string, string>;

/** The values as Conform reads them: a sponsor's fields under sponsors[row]. */
function asFormValue(values: EditionFormValues) {
  const value: Record<string, unknown> = {};
  const sponsors: Record<string, string>[] = [];
  for (const [name, text] of Object.entries(values)) {
    const sponsor = /^sponsors\.(\d+)\.(\w+)$/.exec(name);
    if (sponsor) (sponsors[Number(sponsor[1])] ??= {})[sponsor[2]!] = text;
    else value[name] = text;
  }
  return { ...value, sponsors };
}

type Props = {
  action: FormAction;
  initial: EditionFormValues;
  sponsorSlots: number;
  submitLabel: string;
};

export function EditionForm({ action, initial, sponsorSlots, submitLabel }: Props) {
  const { state, fields, formProps } = useActionForm<Record<string, unknown>>(action, {
    schema: EditionFormSchema,
    defaultValue: asFormValue(initial),
  });
  const named = fields as Record<string, FormField>;
  const field = (name: string, label: string, extra: Record<string, unknown> = {}) => (
    <TextField field={named[name]!} label={label} {...extra} />
  );
  const area = (name: string, label: string, hint?: string) => (
    <TextArea field={named[name]!} label={label} hint={hint} rows={6} />
  );
  return (
    <form {...formProps} className="space-y-8">
      <FormMessage state={state} />
      <fieldset className="grid gap-4 sm:grid-cols-2">
        <legend className="mb-2 text-lg font-semibold">The edition</legend>
        {field("name", "Name", { hint: "e.g. Django on the Med: Pescara" })}
        {field("slug", "Web address", { hint: "/editions/<this>, e.g. pescara" })}
        {field("city", "City")}
        {field("region", "Region")}
        {field("country", "Country")}
        {field("timeZone", "Time zone", { hint: "IANA name, e.g. Europe/Rome" })}
        {field("startsOn", "First day", { type: "date" })}
        {field("endsOn", "Last day", { type: "date" })}
        {field("capacity", "Places", { type: "number" })}
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
        <legend className="mb-2 text-lg font-semibold">Selection</legend>
        <div className="sm:col-span-2">
          <ChoiceGroup
            field={named.selection!}
            legend="How places are given"
            type="radio"
            options={{
              first_come: "First come: a confirmed address takes a free place",
              by_application: "By application: you choose",
            }}
          />
        </div>
        {field("applicationDeadline", "Application deadline (venue time)", {
          type: "datetime-local",
          hint: "By application: applications close then; before the first day",
        })}
        {field("acceptDays", "Days to confirm an accepted place", {
          type: "number",
          min: 1,
          hint: "From when the email is sent",
        })}
        <div className="sm:col-span-2">
          {field("applicationQuestion", "Your question on the application form", {
            hint: "By application: its answer is required, e.g. What would you like to work on?",
          })}
        </div>
      </fieldset>
      <fieldset className="grid gap-4 sm:grid-cols-2">
        <legend className="mb-2 text-lg font-semibold">Venue</legend>
        {field("venueName", "Venue")}
        {field("venueAddress", "Venue address")}
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
