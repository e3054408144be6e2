"use client";

import { useActionState } from "react";
import { SubmitButton } from "@/components/forms/submit-button";
import { carryOutPrivacyRequest, type PrivacyActState } from "./actions";

export function PrivacyActForm({ token, kind }: { token: string; kind: "export" | "erase" }) {
  const [state, action] = useActionState(carryOutPrivacyRequest.bind(null, token, kind), {} as PrivacyActState);
  return (
    <form action={action} className="space-y-3">
      <p role="status" aria-live="polite" className="min-h-6 font-medium text-terracotta-700 dark:text-sun-300">
        {state.problem ? "This link can no longer be used. Reload the page to see why." : ""}
      </p>
      <SubmitButton pendingLabel={kind === "export" ? "Sending…" : "Erasing…"}>
        {kind === "export" ? "Email me my data" : "Erase everything"}
      </SubmitButton>
    </form>
  );
}
