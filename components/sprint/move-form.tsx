"use client";

import { useActionForm } from "@/components/ui/form";
import { SubmitButton } from "@/components/ui/submit-button";
import type { FormState } from "@/lib/platform/forms/action-state";

type Props = {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  id: string;
  person: string;
  current: number;
  tables: string[];
};

/** Moves one person to another table: a select and a button, which work without JavaScript too. */
export function MoveForm({ action, id, person, current, tables }: Props) {
  const { state, formProps } = useActionForm(action);
  return (
    <form {...formProps} className="flex flex-wrap items-center gap-2 text-sm">
      <label htmlFor={id}>Table for {person}</label>
      <select
        id={id}
        name="table"
        defaultValue={String(current)}
        className="rounded border border-sea-700 bg-white px-2 py-1 text-sea-950"
      >
        {tables.map((name, index) => (
          <option key={index} value={index}>
            {name}
          </option>
        ))}
      </select>
      <SubmitButton pendingLabel="Moving…">Move</SubmitButton>
      <span role="status" aria-live="polite" className={state.status === "error" ? "text-terracotta-700" : ""}>
        {state.message ?? ""}
      </span>
    </form>
  );
}
