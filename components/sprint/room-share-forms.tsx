"use client";

import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { Checkbox, ChoiceGroup, TextArea } from "@/components/ui/fields";
import { useActionForm, type FormAction } from "@/components/ui/form";
import { RoomShareMessageSchema, RoomShareSchema } from "@/lib/features/room-shares/client";

const KINDS = { offering: "I have a room to share", looking: "I am looking for a room to share" };

/** Joining the board, or changing one's entry: nights, offering or looking, and a short note. */
export function RoomShareForm({
  action,
  nights,
  initial,
  submitLabel,
}: {
  action: FormAction;
  nights: Record<string, string>;
  initial: { nights: string[]; kind: string; note: string };
  submitLabel: string;
}) {
  const { state, fields, formProps } = useActionForm(action, { schema: RoomShareSchema, defaultValue: initial });
  return (
    <form {...formProps} className="space-y-4">
      <ChoiceGroup field={fields.nights} type="checkbox" legend="Nights you need a room for" options={nights} />
      <ChoiceGroup field={fields.kind} type="radio" legend="Your room" options={KINDS} />
      <TextArea
        field={fields.note}
        label="A short note (optional)"
        hint="Plain text, at most 300 characters, no links: e.g. “Twin room near the venue, non-smoking.”"
        rows={3}
      />
      <SubmitButton pendingLabel="Saving…">{submitLabel}</SubmitButton>
      <FormMessage state={state} />
    </form>
  );
}

/** A message to one person on the board; the sender is told first that their address goes with it. */
export function WriteForm({ action, id, firstName }: { action: FormAction; id: string; firstName: string }) {
  const { state, fields, formProps } = useActionForm(action, { schema: RoomShareMessageSchema });
  return (
    <form {...formProps} className="space-y-3">
      <TextArea
        id={`${id}-body`}
        field={fields.body}
        label={`Message to ${firstName}`}
        hint="Plain text, at most 1,000 characters, no links."
        rows={4}
      />
      <Checkbox id={`${id}-share`} field={fields.shareAddress}>
        {firstName} gets my email address with this message, so that they can answer me directly.
      </Checkbox>
      <SubmitButton pendingLabel="Sending…">{`Write to ${firstName}`}</SubmitButton>
      <FormMessage state={state} />
    </form>
  );
}
