"use client";

import { useActionState } from "react";
import { FieldErrors } from "@/components/forms/field-errors";
import { FormMessage } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextArea } from "@/components/forms/text-area";
import { TextField } from "@/components/forms/text-field";
import { initialFormState, type FormState } from "@/lib/platform/forms/action-state";
import { OUTCOME_KINDS, OUTCOME_STATUSES } from "@/lib/features/outcomes/client";
import type { OutcomeValues } from "./outcome-values";

type Props = {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
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
  const [state, formAction] = useActionState(action, initialFormState);
  const errors = state.fieldErrors ?? {};
  const typed = state.status === "error" ? state.values : undefined;
  const text = (name: keyof OutcomeValues) => (typed ? String(typed[name] ?? "") : String(initial[name]));
  const chosenPeople = new Set(typed ? [typed.contributors ?? []].flat() : initial.contributors);
  const firstContribution = typed ? typed.firstContribution === "on" : initial.firstContribution;
  const id = (name: string) => `${idPrefix}-${name}`;
  return (
    <form action={formAction} noValidate className="space-y-4">
      <FormMessage state={state} />
      <div className="grid gap-4 sm:grid-cols-2">
        <div className="space-y-1">
          <label htmlFor={id("kind")} className="block font-medium">
            Kind
          </label>
          <select
            id={id("kind")}
            name="kind"
            defaultValue={text("kind")}
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
            id={id("status")}
            name="status"
            defaultValue={text("status")}
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
        name="title"
        label="Title"
        hint='e.g. "Fixed #35123: admin filters on JSONField"'
        defaultValue={text("title")}
        errors={errors.title}
      />
      <TextField
        id={id("url")}
        name="url"
        type="url"
        label="Link (optional)"
        hint="The pull request, ticket or write-up. GitHub pull requests and Trac tickets keep their status up to date by themselves."
        defaultValue={text("url")}
        errors={errors.url}
      />
      <TextField
        id={id("area")}
        name="area"
        label="Area (optional)"
        hint='The part of Django it touches, e.g. "ORM", "Admin", "Docs"'
        defaultValue={text("area")}
        errors={errors.area}
      />
      <label className="flex items-start gap-2">
        <input
          type="checkbox"
          name="firstContribution"
          defaultChecked={firstContribution}
          className="mt-1 size-4 accent-sea-700"
        />
        <span>This was a first contribution to Django</span>
      </label>
      {people.length > 0 && (
        <fieldset className="space-y-2">
          <legend className="font-medium">{peopleLegend}</legend>
          <div className="grid gap-2 sm:grid-cols-2">
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
          <FieldErrors id={id("contributors-error")} errors={errors.contributors} />
        </fieldset>
      )}
      <TextArea
        id={id("notes")}
        name="notes"
        label="Notes (optional)"
        defaultValue={text("notes")}
        errors={errors.notes}
      />
      <SubmitButton pendingLabel="Saving…">{submitLabel}</SubmitButton>
    </form>
  );
}
