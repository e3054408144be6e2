"use client";

import { Checkbox, TextField } from "@/components/ui/fields";
import { useActionForm, type FormAction } from "@/components/ui/form";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { GrantSettingsSchema } from "@/lib/features/travel-grants/client";

/** Organizers open or close requests and set the budget (never below what is granted). */
export function GrantSettingsForm({
  action,
  initial,
}: {
  action: FormAction;
  initial: { open: "on" | ""; budget: string };
}) {
  const { state, fields, formProps } = useActionForm(action, { schema: GrantSettingsSchema, defaultValue: initial });
  return (
    <form {...formProps} className="space-y-3">
      <Checkbox field={fields.open!}>Open travel grant requests for this edition</Checkbox>
      <TextField
        field={fields.budget!}
        label="Budget (whole euros)"
        hint="It can change, but never below what is granted already."
        inputMode="numeric"
      />
      <SubmitButton pendingLabel="Saving…">Save</SubmitButton>
      <FormMessage state={state} />
    </form>
  );
}
