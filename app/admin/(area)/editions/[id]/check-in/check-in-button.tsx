"use client";

import { useActionForm } from "@/components/ui/form";
import type { FormState } from "@/lib/platform/forms/action-state";

type Action = (state: FormState) => Promise<FormState>;

export function CheckInButton({
  name,
  checkedIn,
  checkIn,
  undo,
}: {
  name: string;
  checkedIn: boolean;
  checkIn: Action;
  undo: Action;
}) {
  const { state, pending, formProps } = useActionForm(checkedIn ? undo : checkIn);
  return (
    <form {...formProps} className="shrink-0 text-right">
      <button
        type="submit"
        disabled={pending}
        className={`min-h-12 min-w-28 rounded-lg px-4 py-2 font-semibold ${checkedIn ? "border-2 border-sea-700 text-sea-800" : "bg-sea-700 text-sand-50"}`}
      >
        {checkedIn ? "✓ Here" : "Check in"}
        <span className="sr-only"> {name}</span>
      </button>
      <span role="status" className="block text-xs">
        {state.status === "error" ? state.message : ""}
      </span>
    </form>
  );
}
