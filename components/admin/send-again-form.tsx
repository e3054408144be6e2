"use client";

import { useActionForm } from "@/components/ui/form";
import type { FormState } from "@/lib/platform/forms/action-state";

type Action = (state: FormState, formData: FormData) => Promise<FormState>;

/** One failed message's "send again" button; its result is announced where the button was. */
export function SendAgainForm({ action, id, to }: { action: Action; id: string; to: string }) {
  const { state, pending, formProps } = useActionForm(action);
  return (
    <form {...formProps} className="flex flex-wrap items-center gap-3">
      <input type="hidden" name="id" value={id} />
      {state.status !== "success" && (
        <button
          type="submit"
          disabled={pending}
          className="rounded border border-sea-700 px-2 py-1 text-sm font-medium text-sea-900 disabled:opacity-60 dark:text-sand-100"
        >
          {pending ? "Queuing…" : "Send again"}
          <span className="sr-only"> to {to}</span>
        </button>
      )}
      <span
        role="status"
        aria-live="polite"
        className={`text-sm ${state.status === "error" ? "text-terracotta-700 dark:text-sun-300" : ""}`}
      >
        {state.message ?? ""}
      </span>
    </form>
  );
}
