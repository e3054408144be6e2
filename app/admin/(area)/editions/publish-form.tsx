"use client";

import { useActionForm } from "@/components/ui/form";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import type { FormState } from "@/lib/platform/forms/action-state";

export function PublishForm({
  action,
  published,
}: {
  action: (state: FormState) => Promise<FormState>;
  published: boolean;
}) {
  const { state, formProps } = useActionForm(action);
  return (
    <form {...formProps} className="flex flex-wrap items-center gap-3">
      <SubmitButton pendingLabel="Saving…">{published ? "Unpublish" : "Publish"}</SubmitButton>
      <FormMessage state={state} />
    </form>
  );
}
