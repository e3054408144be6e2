"use client";

import { TextField } from "@/components/ui/fields";
import { useActionForm, type FormAction } from "@/components/ui/form";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { GrantDecisionSchema, GrantPaidSchema } from "@/lib/features/travel-grants/client";

/** Grant an amount: the amount asked by default, or less. */
export function GrantForm({ action, grantId, asked }: { action: FormAction; grantId: string; asked: number }) {
  const { state, fields, formProps } = useActionForm(action, {
    schema: GrantDecisionSchema,
    defaultValue: { amount: String(asked) },
  });
  return (
    <form {...formProps} className="space-y-2">
      <TextField field={fields.amount!} id={`amount-${grantId}`} label="Amount to grant (euros)" inputMode="numeric" />
      <SubmitButton pendingLabel="Granting…">Grant</SubmitButton>
      <FormMessage state={state} />
    </form>
  );
}

/** The day it was paid. */
export function PaidForm({ action, grantId, paidOn }: { action: FormAction; grantId: string; paidOn: string }) {
  const { state, fields, formProps } = useActionForm(action, { schema: GrantPaidSchema, defaultValue: { paidOn } });
  return (
    <form {...formProps} className="space-y-2">
      <TextField field={fields.paidOn!} id={`paid-on-${grantId}`} label="Paid on" type="date" />
      <SubmitButton pendingLabel="Saving…">Mark paid</SubmitButton>
      <FormMessage state={state} />
    </form>
  );
}
