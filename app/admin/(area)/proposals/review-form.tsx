"use client";

import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { ChoiceGroup, TextArea } from "@/components/ui/fields";
import { useActionForm, type FormAction } from "@/components/ui/form";
import { PROPOSAL_STATUSES, ProposalReviewSchema } from "@/lib/features/host-proposals/client";

type Props = {
  action: FormAction;
  initial: { status: string; notes: string };
};

export function ProposalReviewForm({ action, initial }: Props) {
  const { state, fields, formProps } = useActionForm(action, { schema: ProposalReviewSchema, defaultValue: initial });
  return (
    <form {...formProps} className="max-w-2xl space-y-4">
      <FormMessage state={state} />
      <ChoiceGroup field={fields.status} legend="Status" type="radio" options={PROPOSAL_STATUSES} />
      <TextArea field={fields.notes} label="Organizers' notes" hint="Only organizers see these." rows={5} />
      <SubmitButton pendingLabel="Saving…">Save review</SubmitButton>
    </form>
  );
}
