"use client";

import { startTransition, useActionState, useEffect, useRef, type ReactNode } from "react";
import { SubmitButton } from "@/components/ui/submit-button";
import { ConfirmationResult } from "@/components/site/confirmation-result";
import { PageHeading } from "@/components/ui/page-heading";
import { NOT_ANSWERED, NOT_REACHED } from "@/lib/platform/forms/wording";
import type { ConfirmAnswer, ConfirmPlacement } from "./confirm-answer";

type Props = {
  token: string;
  edition: { slug: string; name: string; timeZone: string; applicationDeadline?: Date | null };
  /** Why the last press changed nothing, when the page was reached by the no-JavaScript redirect. */
  problem?: string;
  children: ReactNode;
};

type State = { result?: ConfirmPlacement; message?: string };

/** Posts the press to submit/route.ts and reads its JSON answer. */
async function press(_previous: State, url: string): Promise<State> {
  let response: Response;
  try {
    response = await fetch(url, { method: "POST", headers: { accept: "application/json" } });
  } catch {
    return { message: NOT_REACHED };
  }
  const answer = (await response.json().catch(() => null)) as ConfirmAnswer | null;
  if (answer && "result" in answer) return { result: answer.result };
  return { message: answer?.message ?? NOT_ANSWERED };
}

/**
 * The Confirm button. Without JavaScript the form posts to submit/route.ts, which sends the
 * browser back here; with it, the press is sent from the submit event, and the result it answers
 * with replaces the page's content.
 */
export function ConfirmForm({ token, edition, problem, children }: Props) {
  const url = `/registrations/confirm/${token}/submit`;
  const [state, send, pending] = useActionState(press, { message: problem });
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
      <form
        action={url}
        method="post"
        onSubmit={(event) => {
          event.preventDefault();
          if (!pending) startTransition(() => send(url));
        }}
        className="space-y-3"
      >
        <p role="status" aria-live="polite" className="min-h-6 font-medium text-terracotta-700 dark:text-sun-300">
          {pending ? "" : (state.message ?? "")}
        </p>
        <SubmitButton pendingLabel="Confirming…" pending={pending}>
          {edition.applicationDeadline ? "Confirm my application" : "Confirm my registration"}
        </SubmitButton>
      </form>
    </div>
  );
}
