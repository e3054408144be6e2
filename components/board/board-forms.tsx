"use client";

import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextArea, TextField } from "@/components/ui/fields";
import { useActionForm, type FormAction } from "@/components/ui/form";
import { ImportQuerySchema, PasteTicketsSchema } from "@/lib/features/ticket-board/client";

/** Tickets pasted one a line: numbers, Trac links, GitHub issue links. */
export function PasteTicketsForm({ action }: { action: FormAction }) {
  const { state, fields, formProps } = useActionForm(action, { schema: PasteTicketsSchema });
  return (
    <form {...formProps} className="max-w-2xl space-y-3">
      <TextArea
        field={fields.tickets}
        label="Tickets, one a line"
        rows={5}
        hint="Ticket numbers (#12345 or 12345), links to tickets on the edition's Trac, or links to issues of the edition's GitHub repositories."
      />
      <SubmitButton pendingLabel="Adding…">Add to the board</SubmitButton>
      <FormMessage state={state} />
    </form>
  );
}

/** A Trac query's address: every ticket it lists comes onto the board. */
export function ImportQueryForm({ action, tracUrl }: { action: FormAction; tracUrl: string }) {
  const { state, fields, formProps } = useActionForm(action, { schema: ImportQuerySchema });
  return (
    <form {...formProps} className="max-w-2xl space-y-3">
      <TextField
        field={fields.query}
        type="url"
        label="Trac query address"
        hint={`A query on ${tracUrl}, such as Django's easy pickings: its filters are kept, every ticket it lists is imported.`}
      />
      <SubmitButton pendingLabel="Asking Trac…">Import from Trac</SubmitButton>
      <FormMessage state={state} />
    </form>
  );
}
