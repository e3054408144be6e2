"use client";

import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { Checkbox } from "@/components/ui/fields";
import { useActionForm, type FormAction } from "@/components/ui/form";
import { SurveyPublishingSchema } from "@/lib/features/survey/client";

type Props = { action: FormAction; averages: boolean; responseRate: boolean };

/** What the edition's impact page shows of the survey. */
export function PublishForm({ action, averages, responseRate }: Props) {
  const { state, fields, formProps } = useActionForm(action, {
    schema: SurveyPublishingSchema,
    defaultValue: { averages: averages ? "on" : undefined, responseRate: responseRate ? "on" : undefined },
  });
  return (
    <form {...formProps} className="space-y-3">
      <fieldset className="space-y-2">
        <legend className="font-semibold">Show on the edition&apos;s impact page</legend>
        <Checkbox field={fields.averages}>The average of each rating</Checkbox>
        <Checkbox field={fields.responseRate}>The response rate</Checkbox>
      </fieldset>
      <SubmitButton pendingLabel="Saving…">Save what is published</SubmitButton>
      <FormMessage state={state} />
    </form>
  );
}
