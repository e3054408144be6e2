"use client";

import { useActionState } from "react";
import { Checkbox } from "@/components/forms/checkbox";
import { FormMessage } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import { RegistrationAnswerFields, type AnswerValues } from "@/components/site/registration-answer-fields";
import { initialFormState, type FormState } from "@/lib/platform/forms/action-state";
import { acceptOfferAction, cancelAction, updateAnswersAction } from "./actions";

const Message = ({ state }: { state: FormState }) => (
  <p role="status" aria-live="polite" className="min-h-6 font-medium text-terracotta-700 dark:text-sun-300">
    {state.message ?? ""}
  </p>
);

export function AcceptOfferForm({ token }: { token: string }) {
  const [state, action] = useActionState(acceptOfferAction.bind(null, token), initialFormState);
  return (
    <form action={action} className="space-y-2">
      <SubmitButton pendingLabel="Taking your place…">Take my place</SubmitButton>
      <Message state={state} />
    </form>
  );
}

export function CancelForm({ token, label }: { token: string; label: string }) {
  const [state, action] = useActionState(cancelAction.bind(null, token), initialFormState);
  return (
    <form action={action} className="space-y-3 rounded-xl border border-sand-200 p-5 dark:border-sea-800">
      <h2 className="text-xl font-semibold">{label}</h2>
      <Checkbox name="sure">Yes, release my place: the next person on the waiting list will be offered it.</Checkbox>
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
  const [state, action] = useActionState(updateAnswersAction.bind(null, token), initialFormState);
  return (
    <form action={action} noValidate className="space-y-5 rounded-xl border border-sand-200 p-5 dark:border-sea-800">
      <h2 className="text-xl font-semibold">Change your answers</h2>
      <RegistrationAnswerFields values={state.values ?? initial} errors={state.fieldErrors ?? {}} days={days} />
      <SubmitButton pendingLabel="Saving…">Save my answers</SubmitButton>
      <FormMessage state={state} />
    </form>
  );
}
