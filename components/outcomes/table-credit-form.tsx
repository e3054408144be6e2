"use client";

import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { choicesOf, FieldErrors } from "@/components/ui/fields";
import { useActionForm, type FormAction } from "@/components/ui/form";
import { TableCreditSchema } from "@/lib/features/outcomes/client";

type Props = {
  action: FormAction;
  idPrefix: string;
  table: string;
  /** The attendee's table-mates they may name: first names of people on the public attendee list. */
  mates: { id: string; firstName: string }[];
};

/** Accepting a pull request on the table's claimed ticket: tick who at the table worked on it. */
export function TableCreditForm({ action, idPrefix, table, mates }: Props) {
  const { state, fields, formProps } = useActionForm(action, { schema: TableCreditSchema });
  const { worked } = fields;
  const ticked = new Set(choicesOf(worked));
  const errorId = `${idPrefix}-worked-error`;
  return (
    <form {...formProps} className="space-y-2">
      {mates.length > 0 && (
        <fieldset className="space-y-1" aria-describedby={worked.errors?.length ? errorId : undefined}>
          <legend className="text-sm font-medium">Who at {table} worked on it with you</legend>
          {mates.map((mate) => (
            <label key={mate.id} className="flex items-center gap-2 text-sm">
              <input
                type="checkbox"
                name="worked"
                value={mate.id}
                defaultChecked={ticked.has(mate.id)}
                className="size-4 accent-sea-700"
              />
              {mate.firstName}
            </label>
          ))}
          <FieldErrors id={errorId} errors={worked.errors} />
        </fieldset>
      )}
      <p className="text-sm">
        Only table-mates on the public attendee list are named here; organizers can credit the others.
      </p>
      <SubmitButton pendingLabel="Adding…">Add to what we worked on</SubmitButton>
      <FormMessage state={state} />
    </form>
  );
}
