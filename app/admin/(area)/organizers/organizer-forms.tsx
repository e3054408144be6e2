"use client";

import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextField } from "@/components/ui/fields";
import { useActionForm, type FormAction } from "@/components/ui/form";
import { OrganizerSchema } from "@/lib/features/organizers/client";

/** Empties itself once the organizer is added, ready for the next. */
export function AddOrganizerForm({ action }: { action: FormAction }) {
  const { state, fields, formProps } = useActionForm(action, { schema: OrganizerSchema });
  return (
    <form {...formProps} className="max-w-md space-y-3">
      <FormMessage state={state} />
      <TextField field={fields.email} type="email" label="Email" />
      <TextField field={fields.name} label="Name (optional)" />
      <SubmitButton pendingLabel="Adding…">Add organizer</SubmitButton>
    </form>
  );
}

/** Stays mounted once the person is revoked, so its result is still announced. */
export function RevokeForm({ action, email, revoked }: { action: FormAction; email: string; revoked: boolean }) {
  const { state, formProps } = useActionForm(action);
  return (
    <form {...formProps} className="flex items-center gap-3">
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
