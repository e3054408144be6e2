"use client";

import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { Checkbox, FieldErrors } from "@/components/ui/fields";
import { useActionForm, type FormAction } from "@/components/ui/form";
import { FIXED_LABELS, LabelSchema, RemoveTicketSchema } from "@/lib/features/ticket-board/client";

const SELECT = "max-w-full rounded border border-sea-700 bg-white px-2 py-1 text-sea-950";

/** A ticket's label: a fixed one, an area, or none. */
export function LabelForm({
  action,
  id,
  ticket,
  label,
}: {
  action: FormAction;
  id: string;
  ticket: string;
  label: string | null;
}) {
  const fixed = (FIXED_LABELS as readonly string[]).includes(label ?? "");
  const { state, fields, formProps } = useActionForm(action, {
    schema: LabelSchema,
    defaultValue: { label: label === null ? "" : fixed ? label : "area", area: fixed ? "" : (label ?? "") },
  });
  return (
    <form {...formProps} className="flex flex-wrap items-end gap-2 text-sm">
      <div className="space-y-1">
        <label htmlFor={`${id}-label`} className="block font-medium">
          Label for {ticket}
        </label>
        <select
          id={`${id}-label`}
          name={fields.label.name}
          defaultValue={String(fields.label.initialValue ?? "")}
          className={SELECT}
        >
          <option value="">No label</option>
          {FIXED_LABELS.map((name) => (
            <option key={name} value={name}>
              {name}
            </option>
          ))}
          <option value="area">An area (name it)</option>
        </select>
      </div>
      <div className="space-y-1">
        <label htmlFor={`${id}-area`} className="block font-medium">
          Area
        </label>
        <input
          id={`${id}-area`}
          name={fields.area.name}
          defaultValue={String(fields.area.initialValue ?? "")}
          maxLength={40}
          aria-describedby={fields.area.errors?.length ? `${id}-area-error` : undefined}
          className={SELECT}
        />
        <FieldErrors id={`${id}-area-error`} errors={fields.area.errors} />
      </div>
      <SubmitButton pendingLabel="Saving…">Save label</SubmitButton>
      <FormMessage state={state} />
    </form>
  );
}

/** Removing a ticket, and its claim, after a tick that says so. */
export function RemoveTicketForm({ action, id, ticket }: { action: FormAction; id: string; ticket: string }) {
  const { state, fields, formProps } = useActionForm(action, { schema: RemoveTicketSchema });
  return (
    <form {...formProps} className="space-y-2 text-sm">
      <Checkbox field={fields.confirm} id={`${id}-confirm`}>
        Remove {ticket} from the board, and its claim if it has one.
      </Checkbox>
      <SubmitButton pendingLabel="Removing…">Remove {ticket}</SubmitButton>
      <FormMessage state={state} />
    </form>
  );
}

type Person = { id: string; name: string };

/** An organizer moves a claim to another person, day or table (none: the person's own claim). */
export function MoveClaimForm({
  action,
  id,
  ticket,
  current,
  people,
  days,
  tables,
}: {
  action: FormAction;
  id: string;
  ticket: string;
  current: { registrationId: string; day: string; table: number | null };
  people: Person[];
  days: Record<string, string>;
  tables: string[];
}) {
  const { state, formProps } = useActionForm(action);
  return (
    <form {...formProps} className="flex flex-wrap items-end gap-2 text-sm">
      <div className="space-y-1">
        <label htmlFor={`${id}-person`} className="block font-medium">
          Claimed by ({ticket})
        </label>
        <select id={`${id}-person`} name="registrationId" defaultValue={current.registrationId} className={SELECT}>
          {people.map((person) => (
            <option key={person.id} value={person.id}>
              {person.name}
            </option>
          ))}
        </select>
      </div>
      <div className="space-y-1">
        <label htmlFor={`${id}-day`} className="block font-medium">
          Day
        </label>
        <select id={`${id}-day`} name="day" defaultValue={current.day} className={SELECT}>
          {Object.entries(days).map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
      </div>
      <div className="space-y-1">
        <label htmlFor={`${id}-table`} className="block font-medium">
          For
        </label>
        <select id={`${id}-table`} name="table" defaultValue={current.table?.toString() ?? ""} className={SELECT}>
          <option value="">The person</option>
          {tables.map((name, index) => (
            <option key={index} value={index}>
              {name}
            </option>
          ))}
        </select>
      </div>
      <SubmitButton pendingLabel="Moving…">Move the claim</SubmitButton>
      <FormMessage state={state} />
    </form>
  );
}
