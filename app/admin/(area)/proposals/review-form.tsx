"use client";

import { useActionState } from "react";
import { ChoiceGroup } from "@/components/forms/choice-group";
import { FormMessage } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextArea } from "@/components/forms/text-area";
import { initialFormState, type FormState } from "@/lib/platform/forms/action-state";
import { PROPOSAL_STATUSES } from "@/lib/features/host-proposals/client";

type Props = {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  initial: { status: string; notes: string };
};

export function ProposalReviewForm({ action, initial }: Props) {
  const [state, formAction] = useActionState(action, initialFormState);
  const errors = state.fieldErrors ?? {};
  const value = (name: "status" | "notes") =>
    typeof state.values?.[name] === "string" ? (state.values[name] as string) : initial[name];
  return (
    <form action={formAction} noValidate className="max-w-2xl space-y-4">
      <FormMessage state={state} />
      <ChoiceGroup
        name="status"
        legend="Status"
        type="radio"
        options={PROPOSAL_STATUSES}
        selected={value("status")}
        errors={errors.status}
      />
      <TextArea
        name="notes"
        label="Organizers' notes"
        hint="Only organizers see these."
        rows={5}
        defaultValue={value("notes")}
        errors={errors.notes}
      />
      <SubmitButton pendingLabel="Saving…">Save review</SubmitButton>
    </form>
  );
}
