"use client";

import { useFormStatus } from "react-dom";

/** Disabled while its form is submitting, and says so. */
export function SubmitButton({
  children,
  pendingLabel,
  name,
  value,
}: {
  children: React.ReactNode;
  pendingLabel: string;
  /** For a form with several buttons: the one pressed is sent as name=value. */
  name?: string;
  value?: string;
}) {
  const { pending } = useFormStatus();
  return (
    <button
      type="submit"
      name={name}
      value={value}
      disabled={pending}
      aria-disabled={pending}
      className="rounded-lg bg-sea-700 px-5 py-2.5 font-semibold text-sand-50 hover:bg-sea-800 disabled:opacity-70 dark:bg-sun-400 dark:text-sea-950"
    >
      {pending ? pendingLabel : children}
    </button>
  );
}
