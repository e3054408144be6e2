"use client";

import { useActionForm } from "@/components/ui/form";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import type { FormState } from "@/lib/platform/forms/action-state";

/** Deletes the local site's sample edition; the words say what goes with it. */
export function DeleteSampleForm({ action }: { action: (state: FormState) => Promise<FormState> }) {
  const { state, formProps } = useActionForm(action);
  return (
    <form {...formProps} className="space-y-2 rounded-xl border-2 border-terracotta-600 p-4">
      <p>
        This is the sample edition a local site adds so that you can try registering. Deleting it also deletes every
        registration, table and outcome tried on it.
      </p>
      <SubmitButton pendingLabel="Deleting…">Delete the sample edition</SubmitButton>
      <FormMessage state={state} />
    </form>
  );
}
