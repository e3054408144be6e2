"use client";

import { useActionState } from "react";
import { FormMessage } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextField } from "@/components/forms/text-field";
import { initialFormState, type FormState } from "@/lib/platform/forms/action-state";

type Action = (state: FormState, formData: FormData) => Promise<FormState>;

export function AddOrganizerForm({ action }: { action: Action }) {
  const [state, formAction] = useActionState(action, initialFormState);
  const errors = state.fieldErrors ?? {};
  const value = (name: string) =>
    typeof state.values?.[name] === "string" ? (state.values[name] as string) : undefined;
  return (
    <form
      action={formAction}
      noValidate
      className="max-w-md space-y-3"
      key={state.status === "success" ? state.message : "form"}
    >
      <FormMessage state={state} />
      <TextField name="email" type="email" label="Email" required defaultValue={value("email")} errors={errors.email} />
      <TextField name="name" label="Name (optional)" defaultValue={value("name")} errors={errors.name} />
      <SubmitButton pendingLabel="Adding…">Add organizer</SubmitButton>
    </form>
  );
}

/** Stays mounted once the person is revoked, so its result is still announced. */
export function RevokeForm({ action, email, revoked }: { action: Action; email: string; revoked: boolean }) {
  const [state, formAction] = useActionState(action, initialFormState);
  return (
    <form action={formAction} className="flex items-center gap-3">
      <input type="hidden" name="email" value={email} />
      {!revoked && (
        <button
          type="submit"
          className="rounded border border-terracotta-600 px-2 py-1 text-sm font-medium text-terracotta-700 dark:text-sun-300"
        >
          Revoke<span className="sr-only"> {email}</span>
        </button>
      )}
      <span role="status" className="text-sm">
        {state.message ?? ""}
      </span>
    </form>
  );
}
