"use client";

import { useActionState } from "react";
import { FormMessage } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import { initialFormState, type FormState } from "@/lib/platform/forms/action-state";

export function PublishForm({
  action,
  published,
}: {
  action: (state: FormState) => Promise<FormState>;
  published: boolean;
}) {
  const [state, formAction] = useActionState(action, initialFormState);
  return (
    <form action={formAction} className="flex flex-wrap items-center gap-3">
      <SubmitButton pendingLabel="Saving…">{published ? "Unpublish" : "Publish"}</SubmitButton>
      <FormMessage state={state} />
    </form>
  );
}
