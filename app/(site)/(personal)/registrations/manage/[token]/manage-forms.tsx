"use client";

import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { RegistrationAnswerFields, type AnswerValues } from "@/components/site/registration-answer-fields";
import { Checkbox } from "@/components/ui/fields";
import { useActionForm } from "@/components/ui/form";
import type { FormState } from "@/lib/platform/forms/action-state";
import { RegistrationAnswersSchema } from "@/lib/features/registration/client";
import { acceptOfferAction, cancelAction, updateAnswersAction } from "./actions";

const Message = ({ state }: { state: FormState }) => (
  <p role="status" aria-live="polite" className="min-h-6 font-medium text-terracotta-700 dark:text-sun-300">
    {state.message ?? ""}
  </p>
);

export function AcceptOfferForm({ token }: { token: string }) {
  const { state, formProps } = useActionForm(acceptOfferAction.bind(null, token));
  return (
    <form {...formProps} className="space-y-2">
      <SubmitButton pendingLabel="Taking your place…">Take my place</SubmitButton>
      <Message state={state} />
    </form>
  );
}

export function CancelForm({ token, label }: { token: string; label: string }) {
  const { state, fields, formProps } = useActionForm(cancelAction.bind(null, token));
  return (
    <form {...formProps} className="space-y-3 rounded-xl border border-sand-200 p-5 dark:border-sea-800">
      <h2 className="text-xl font-semibold">{label}</h2>
      <Checkbox field={fields.sure!}>
        Yes, release my place: the next person on the waiting list will be offered it.
      </Checkbox>
      <SubmitButton pendingLabel="Releasing…">{label}</SubmitButton>
      <Message state={state} />
    </form>
  );
}

export function AnswersForm({
  token,
  initial,
  days,
}: {
  token: string;
  initial: AnswerValues;
  days: Record<string, string>;
}) {
  const { state, fields, formProps } = useActionForm(updateAnswersAction.bind(null, token), {
    schema: RegistrationAnswersSchema,
    defaultValue: initial,
  });
  return (
    <form {...formProps} className="space-y-5 rounded-xl border border-sand-200 p-5 dark:border-sea-800">
      <h2 className="text-xl font-semibold">Change your answers</h2>
      <RegistrationAnswerFields fields={fields} days={days} />
      <SubmitButton pendingLabel="Saving…">Save my answers</SubmitButton>
      <FormMessage state={state} />
    </form>
  );
}
