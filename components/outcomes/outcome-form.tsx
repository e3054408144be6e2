"use client";

import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { choicesOf, FieldErrors, TextArea, TextField, textOf } from "@/components/ui/fields";
import { useActionForm, type FormAction } from "@/components/ui/form";
import { OUTCOME_KINDS, OUTCOME_STATUSES, OutcomeSchema } from "@/lib/features/outcomes/client";
import type { OutcomeValues } from "./outcome-values";

type Props = {
  action: FormAction;
  initial: OutcomeValues;
  /** People who can be named as having worked on it. */
  people: { id: string; name: string }[];
  peopleLegend: string;
  /** Keeps ids unique when several forms share a page. */
  idPrefix: string;
  submitLabel: string;
};

const selectClass =
  "w-full rounded-md border border-sea-700 bg-white px-3 py-2 text-sea-950 dark:bg-sea-900 dark:text-sand-50";

/** Adds or edits an outcome; a failed save keeps everything typed. */
export function OutcomeForm({ action, initial, people, peopleLegend, idPrefix, submitLabel }: Props) {
  const { state, fields, formProps } = useActionForm(action, { schema: OutcomeSchema, defaultValue: initial });
  const errors = { kind: fields.kind.errors, status: fields.status.errors };
  const chosenPeople = new Set(choicesOf(fields.contributors));
  const id = (name: string) => `${idPrefix}-${name}`;
  return (
    <form {...formProps} className="space-y-4">
      <FormMessage state={state} />
      <div className="grid gap-4 sm:grid-cols-2">
        <div className="space-y-1">
          <label htmlFor={id("kind")} className="block font-medium">
            Kind
          </label>
          <select
            key={fields.kind.key}
            id={id("kind")}
            name="kind"
            defaultValue={textOf(fields.kind)}
            className={selectClass}
            aria-invalid={errors.kind ? true : undefined}
            aria-describedby={errors.kind ? id("kind-error") : undefined}
          >
            {Object.entries(OUTCOME_KINDS).map(([value, label]) => (
              <option key={value} value={value}>
                {label.one}
              </option>
            ))}
          </select>
          <FieldErrors id={id("kind-error")} errors={errors.kind} />
        </div>
        <div className="space-y-1">
          <label htmlFor={id("status")} className="block font-medium">
            Status
          </label>
          <select
            key={fields.status.key}
            id={id("status")}
            name="status"
            defaultValue={textOf(fields.status)}
            className={selectClass}
            aria-invalid={errors.status ? true : undefined}
            aria-describedby={errors.status ? id("status-error") : undefined}
          >
            {Object.entries(OUTCOME_STATUSES).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
          <FieldErrors id={id("status-error")} errors={errors.status} />
        </div>
      </div>
      <TextField
        id={id("title")}
        field={fields.title}
        label="Title"
        hint='e.g. "Fixed #35123: admin filters on JSONField"'
      />
      <TextField
        id={id("url")}
        field={fields.url}
        type="url"
        label="Link (optional)"
        hint="The pull request, ticket or write-up. GitHub pull requests and Trac tickets keep their status up to date by themselves."
      />
      <TextField
        id={id("area")}
        field={fields.area}
        label="Area (optional)"
        hint='The part of Django it touches, e.g. "ORM", "Admin", "Docs"'
      />
      <label className="flex items-start gap-2">
        <input
          key={fields.firstContribution.key}
          type="checkbox"
          name="firstContribution"
          defaultChecked={fields.firstContribution.initialValue === "on"}
          className="mt-1 size-4 accent-sea-700"
        />
        <span>This was a first contribution to Django</span>
      </label>
      {people.length > 0 && (
        <fieldset className="space-y-2">
          <legend className="font-medium">{peopleLegend}</legend>
          <div key={fields.contributors.key} className="grid gap-2 sm:grid-cols-2">
            {people.map((person) => (
              <label key={person.id} className="flex items-center gap-2">
                <input
                  type="checkbox"
                  name="contributors"
                  value={person.id}
                  defaultChecked={chosenPeople.has(person.id)}
                  className="size-4 accent-sea-700"
                />
                {person.name}
              </label>
            ))}
          </div>
          <FieldErrors id={id("contributors-error")} errors={fields.contributors.errors} />
        </fieldset>
      )}
      <TextArea id={id("notes")} field={fields.notes} label="Notes (optional)" />
      <SubmitButton pendingLabel="Saving…">{submitLabel}</SubmitButton>
    </form>
  );
}
