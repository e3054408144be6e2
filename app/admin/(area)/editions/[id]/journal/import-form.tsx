"use client";

import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextField } from "@/components/ui/fields";
import { useActionForm, type FormAction } from "@/components/ui/form";
import { JournalImportSchema } from "@/lib/features/journal/client";

type Values = { instanceUrl: string; hashtag: string; from: string; to: string };
type Props = { action: FormAction; initial: Values };

export function JournalImportForm({ action, initial }: Props) {
  const { state, fields, formProps } = useActionForm(action, { schema: JournalImportSchema, defaultValue: initial });
  return (
    <form {...formProps} className="max-w-2xl space-y-4">
      <FormMessage state={state} />
      <TextField
        field={fields.instanceUrl}
        type="url"
        label="Mastodon server"
        hint="Its public tag timeline is read; nothing is posted."
      />
      <TextField field={fields.hashtag} label="Hashtag" hint="Without the #" />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField field={fields.from} type="date" label="From" />
        <TextField field={fields.to} type="date" label="To" />
      </div>
      <SubmitButton pendingLabel="Importing…">Import posts for review</SubmitButton>
    </form>
  );
}
