import type { FormState } from "@/lib/platform/forms/action-state";

/** The form's overall result, announced politely by screen readers when it changes. */
export function FormMessage({ state }: { state: FormState<unknown> }) {
  const tone = state.status === "error" ? "text-terracotta-700 dark:text-sun-300" : "text-sea-700 dark:text-sand-100";
  return (
    <p role="status" aria-live="polite" className={`min-h-6 font-medium ${tone}`}>
      {state.message ?? ""}
    </p>
  );
}
