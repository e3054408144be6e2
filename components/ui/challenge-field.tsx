"use client";

import { useEffect, useRef, useState } from "react";
import type {} from "altcha/types/react";
import { CHALLENGE_FIELD, CHALLENGE_INVITATION, CHALLENGE_STATES } from "@/lib/platform/security/mail-budget-wording";

type StateChange = CustomEvent<{ state: string; payload?: string }>;

/**
 * The proof-of-work puzzle (ALTCHA) a form shows when the action asked for one. It appears only
 * once JavaScript runs: without it, the busy message above it is the whole answer. The widget
 * starts solving at once; its solution goes in our own field, whatever the widget renders.
 */
export function ChallengeField({ challenge }: { challenge?: string }) {
  const [loaded, setLoaded] = useState(false);
  const [payload, setPayload] = useState("");
  const [status, setStatus] = useState("");
  const widget = useRef<HTMLElement>(null);

  useEffect(() => {
    if (!challenge) return;
    let gone = false;
    // The widget defines a custom element: it can only load in the browser.
    void import("altcha").then(() => !gone && setLoaded(true));
    return () => {
      gone = true;
    };
  }, [challenge]);

  useEffect(() => {
    const element = widget.current;
    if (!element) return;
    setPayload("");
    const onChange = (event: Event) => {
      const { state, payload: solved } = (event as StateChange).detail;
      setStatus(CHALLENGE_STATES[state] ?? "");
      if (state !== "verified") setPayload("");
      else if (solved) setPayload(solved);
    };
    const onVerified = (event: Event) => setPayload((event as StateChange).detail.payload ?? "");
    element.addEventListener("statechange", onChange);
    element.addEventListener("verified", onVerified);
    return () => {
      element.removeEventListener("statechange", onChange);
      element.removeEventListener("verified", onVerified);
    };
  }, [loaded, challenge]);

  if (!challenge || !loaded) return null;
  return (
    <div key={challenge} className="space-y-2" data-testid="challenge">
      <p className="text-sm">{CHALLENGE_INVITATION}</p>
      <altcha-widget ref={widget} challenge={challenge} auto="onload" name={`${CHALLENGE_FIELD}-widget`} />
      <input type="hidden" name={CHALLENGE_FIELD} value={payload} />
      <p role="status" aria-live="polite" className="text-sm">
        {status}
      </p>
    </div>
  );
}
