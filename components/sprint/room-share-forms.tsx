"use client";

import { useActionState } from "react";
import { ChoiceGroup } from "@/components/forms/choice-group";
import { FieldErrors } from "@/components/forms/field-errors";
import { FormMessage } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextArea } from "@/components/forms/text-area";
import { initialFormState, type FormState } from "@/lib/platform/forms/action-state";

type Action = (state: FormState, formData: FormData) => Promise<FormState>;

const KINDS = { offering: "I have a room to share", looking: "I am looking for a room to share" };

/** Joining the board, or changing one's entry: nights, offering or looking, and a short note. */
export function RoomShareForm({
  action,
  nights,
  initial,
  submitLabel,
}: {
  action: Action;
  nights: Record<string, string>;
  initial: { nights: string[]; kind: string; note: string };
  submitLabel: string;
}) {
  const [state, formAction] = useActionState(action, initialFormState);
  const errors = state.fieldErrors ?? {};
  const values = state.values ?? {};
  return (
    <form action={formAction} noValidate className="space-y-4">
      <ChoiceGroup
        name="nights"
        type="checkbox"
        legend="Nights you need a room for"
        options={nights}
        selected={(values.nights as string[] | string | undefined) ?? initial.nights}
        errors={errors.nights}
        required
      />
      <ChoiceGroup
        name="kind"
        type="radio"
        legend="Your room"
        options={KINDS}
        selected={(values.kind as string | undefined) ?? initial.kind}
        errors={errors.kind}
        required
      />
      <TextArea
        name="note"
        label="A short note (optional)"
        hint="Plain text, at most 300 characters, no links: e.g. “Twin room near the venue, non-smoking.”"
        maxLength={300}
        rows={3}
        defaultValue={typeof values.note === "string" ? values.note : initial.note}
        errors={errors.note}
      />
      <SubmitButton pendingLabel="Saving…">{submitLabel}</SubmitButton>
      <FormMessage state={state} />
    </form>
  );
}

/** A message to one person on the board; the sender is told first that their address goes with it. */
export function WriteForm({ action, id, firstName }: { action: Action; id: string; firstName: string }) {
  const [state, formAction] = useActionState(action, initialFormState);
  const errors = state.fieldErrors ?? {};
  const sent = state.status === "success";
  return (
    <form action={formAction} noValidate className="space-y-3">
      <TextArea
        id={`${id}-body`}
        name="body"
        label={`Message to ${firstName}`}
        hint="Plain text, at most 1,000 characters, no links."
        maxLength={1000}
        rows={4}
        defaultValue={!sent && typeof state.values?.body === "string" ? state.values.body : ""}
        errors={errors.body}
      />
      <div className="space-y-1">
        <label className="flex items-start gap-2">
          <input
            type="checkbox"
            name="shareAddress"
            aria-invalid={errors.shareAddress?.length ? true : undefined}
            aria-describedby={errors.shareAddress?.length ? `${id}-share-error` : undefined}
            className="mt-1 size-4 accent-sea-700"
          />
          <span>{firstName} gets my email address with this message, so that they can answer me directly.</span>
        </label>
        <FieldErrors id={`${id}-share-error`} errors={errors.shareAddress} />
      </div>
      <SubmitButton pendingLabel="Sending…">{`Write to ${firstName}`}</SubmitButton>
      <FormMessage state={state} />
    </form>
  );
}
