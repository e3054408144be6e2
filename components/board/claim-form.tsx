"use client";

import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { useActionForm, type FormAction } from "@/components/ui/form";

/** An attendee claims a ticket: which of their days, for themselves or for their table. */
export function ClaimForm({
  action,
  id,
  ticket,
  days,
}: {
  action: FormAction;
  id: string;
  ticket: string;
  days: Record<string, string>;
}) {
  const { state, formProps } = useActionForm(action);
  const entries = Object.entries(days);
  return (
    <form {...formProps} className="flex flex-wrap items-end gap-3 text-sm">
      <div className="space-y-1">
        <label htmlFor={`${id}-day`} className="block font-medium">
          Day
        </label>
        <select
          id={`${id}-day`}
          name="day"
          defaultValue={entries[0]?.[0]}
          className="max-w-full rounded border border-sea-700 bg-white px-2 py-1 text-sea-950"
        >
          {entries.map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
      </div>
      <fieldset className="flex flex-wrap gap-3">
        <legend className="sr-only">Claim {ticket} for</legend>
        <label className="flex items-center gap-1">
          <input type="radio" name="who" value="me" defaultChecked className="size-4 accent-sea-700" /> For me
        </label>
        <label className="flex items-center gap-1">
          <input type="radio" name="who" value="table" className="size-4 accent-sea-700" /> For my table
        </label>
      </fieldset>
      <SubmitButton pendingLabel="Claiming…">Claim {ticket}</SubmitButton>
      <FormMessage state={state} />
    </form>
  );
}
