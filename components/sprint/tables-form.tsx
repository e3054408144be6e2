"use client";

import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextField } from "@/components/ui/fields";
import { useActionForm, type FormAction } from "@/components/ui/form";
import { TablesSchema } from "@/lib/features/tables/client";

type Props = {
  action: FormAction;
  initial: { count: string; names: string };
  suggested: number;
};

/** How many tables, and their names. */
export function TablesForm({ action, initial, suggested }: Props) {
  const { state, fields, formProps } = useActionForm(action, { schema: TablesSchema, defaultValue: initial });
  return (
    <form {...formProps} className="grid max-w-2xl gap-3 sm:grid-cols-2">
      <TextField
        field={fields.count}
        label="Number of tables"
        type="number"
        min={1}
        max={50}
        hint={`Empty: one per five confirmed people (${suggested} now).`}
      />
      <TextField
        field={fields.names}
        label="Table names (optional)"
        hint="In order, separated by commas, e.g. Cala Bona, Llafranc, Tamariu."
      />
      <div className="space-y-1 sm:col-span-2">
        <SubmitButton pendingLabel="Saving…">Save tables</SubmitButton>
        <FormMessage state={state} />
      </div>
    </form>
  );
}
