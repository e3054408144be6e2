"use client";

import { useActionState } from "react";
import { FormMessage } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextField } from "@/components/forms/text-field";
import { initialFormState, type FormState } from "@/lib/platform/forms/action-state";

type Props = {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  initial: { count: string; names: string };
  suggested: number;
};

/** How many tables, and their names. */
export function TablesForm({ action, initial, suggested }: Props) {
  const [state, formAction] = useActionState(action, initialFormState);
  const value = (name: "count" | "names") =>
    typeof state.values?.[name] === "string" ? (state.values[name] as string) : initial[name];
  return (
    <form action={formAction} noValidate className="grid max-w-2xl gap-3 sm:grid-cols-2">
      <TextField
        name="count"
        label="Number of tables"
        type="number"
        min={1}
        max={50}
        hint={`Empty: one per five confirmed people (${suggested} now).`}
        defaultValue={value("count")}
        errors={state.fieldErrors?.count}
      />
      <TextField
        name="names"
        label="Table names (optional)"
        hint="In order, separated by commas, e.g. Cala Bona, Llafranc, Tamariu."
        defaultValue={value("names")}
        errors={state.fieldErrors?.names}
      />
      <div className="space-y-1 sm:col-span-2">
        <SubmitButton pendingLabel="Saving…">Save tables</SubmitButton>
        <FormMessage state={state} />
      </div>
    </form>
  );
}
