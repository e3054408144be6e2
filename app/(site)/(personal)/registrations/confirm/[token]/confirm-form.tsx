"use client";

import { useActionForm } from "@/components/ui/form";
import { useEffect, useRef, type ReactNode } from "react";
import { SubmitButton } from "@/components/ui/submit-button";
import { ConfirmationResult } from "@/components/site/confirmation-result";
import { confirmAction } from "./actions";
import { PageHeading } from "@/components/ui/page-heading";

type Props = {
  token: string;
  edition: { slug: string; name: string; timeZone: string; applicationDeadline?: Date | null };
  children: ReactNode;
};

/** The Confirm button; once pressed, the result its answer carries replaces the page's content. */
export function ConfirmForm({ token, edition, children }: Props) {
  const { state, formProps } = useActionForm(confirmAction.bind(null, token));
  const result = useRef<HTMLDivElement>(null);
  // The button the person pressed is gone: focus moves to the result's heading, which is read out.
  useEffect(() => {
    if (state.result) result.current?.querySelector("h1")?.focus();
  }, [state.result]);
  if (state.result) {
    return (
      <div ref={result}>
        <ConfirmationResult {...state.result} edition={edition} />
      </div>
    );
  }
  return (
    <div className="mx-auto max-w-2xl space-y-5">
      <PageHeading>Confirm your registration</PageHeading>
      {children}
      <form {...formProps} className="space-y-3">
        <p role="status" aria-live="polite" className="min-h-6 font-medium text-terracotta-700 dark:text-sun-300">
          {state.message ?? ""}
        </p>
        <SubmitButton pendingLabel="Confirming…">
          {edition.applicationDeadline ? "Confirm my application" : "Confirm my registration"}
        </SubmitButton>
      </form>
    </div>
  );
}
