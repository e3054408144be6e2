"use client";

import { TextArea, TextField, type FormField } from "@/components/ui/fields";
import { useActionForm, type FormAction } from "@/components/ui/form";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { GrantAskSchema, MAX_GRANT_EUROS, MAX_REASON_CHARS } from "@/lib/features/travel-grants/client";

/** Asking for a travel grant, or changing the request while it is undecided, from the manage page. */
export function GrantAskForm({ action, amount, asked }: { action: FormAction; amount: string; asked: boolean }) {
  const { state, fields, formProps } = useActionForm(action, { schema: GrantAskSchema, defaultValue: { amount } });
  return (
    <form {...formProps} className="space-y-3">
      <TextField
        field={fields.amount!}
        label="Amount (whole euros)"
        hint={`Up to ${MAX_GRANT_EUROS.toLocaleString("en-GB")} €.`}
        inputMode="numeric"
      />
      <TextArea
        field={fields.reason!}
        label="Why would a grant help?"
        hint={`A few words, at most ${MAX_REASON_CHARS.toLocaleString("en-GB")} characters. Only organizers read it; it is stored encrypted${asked ? ", so we do not show it again here: write it again to change your request" : ""}.`}
        rows={4}
      />
      <SubmitButton pendingLabel="Sending…">{asked ? "Change my request" : "Ask for a travel grant"}</SubmitButton>
      <FormMessage state={state} />
    </form>
  );
}

/** The two optional fields on the registration form. */
export function GrantAskFields({ fields }: { fields: Record<string, FormField | undefined> }) {
  return (
    <fieldset className="space-y-3 rounded-xl border border-sand-200 p-4">
      <legend className="px-1 font-medium">Travel grant (optional)</legend>
      <p className="text-sm">
        This edition has a small budget for travel grants. Leave both fields empty if you do not need one; you can also
        ask later from your registration&apos;s page. Only organizers see it, never the public.
      </p>
      <TextField
        field={fields.grantAmount!}
        label="Amount (whole euros)"
        hint={`Up to ${MAX_GRANT_EUROS.toLocaleString("en-GB")} €.`}
        inputMode="numeric"
      />
      <TextArea
        field={fields.grantReason!}
        label="Why would a grant help?"
        hint={`A few words, at most ${MAX_REASON_CHARS.toLocaleString("en-GB")} characters; stored encrypted.`}
        rows={3}
      />
    </fieldset>
  );
}
