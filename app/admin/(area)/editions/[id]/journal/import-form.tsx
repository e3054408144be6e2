"use client";

import { useActionState } from "react";
import { FormMessage } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextField } from "@/components/forms/text-field";
import { initialFormState, type FormState } from "@/lib/platform/forms/action-state";

type Values = { instanceUrl: string; hashtag: string; from: string; to: string };
type Props = { action: (state: FormState, formData: FormData) => Promise<FormState>; initial: Values };

export function JournalImportForm({ action, initial }: Props) {
  const [state, formAction] = useActionState(action, initialFormState);
  const errors = state.fieldErrors ?? {};
  const value = (name: keyof Values) =>
    typeof state.values?.[name] === "string" ? (state.values[name] as string) : initial[name];
  return (
    <form action={formAction} noValidate className="max-w-2xl space-y-4">
      <FormMessage state={state} />
      <TextField
        name="instanceUrl"
        type="url"
        label="Mastodon server"
        hint="Its public tag timeline is read; nothing is posted."
        defaultValue={value("instanceUrl")}
        errors={errors.instanceUrl}
      />
      <TextField
        name="hashtag"
        label="Hashtag"
        hint="Without the #"
        defaultValue={value("hashtag")}
        errors={errors.hashtag}
      />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField name="from" type="date" label="From" defaultValue={value("from")} errors={errors.from} />
        <TextField name="to" type="date" label="To" defaultValue={value("to")} errors={errors.to} />
      </div>
      <SubmitButton pendingLabel="Importing…">Import posts for review</SubmitButton>
    </form>
  );
}
