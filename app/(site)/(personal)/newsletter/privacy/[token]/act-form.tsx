"use client";

import { useActionState } from "react";
import { SubmitButton } from "@/components/forms/submit-button";
import { initialFormState } from "@/lib/platform/forms/action-state";
import { carryOutPrivacyRequest } from "./actions";

export function PrivacyActForm({ token, kind }: { token: string; kind: "export" | "erase" }) {
  const [state, action] = useActionState(carryOutPrivacyRequest.bind(null, token, kind), initialFormState);
  return (
    <form action={action} className="space-y-3">
      <p role="status" aria-live="polite" className="min-h-6 font-medium text-terracotta-700 dark:text-sun-300">
        {state.message ?? ""}
      </p>
      <SubmitButton pendingLabel={kind === "export" ? "Sending…" : "Erasing…"}>
        {kind === "export" ? "Email me my data" : "Erase everything"}
      </SubmitButton>
    </form>
  );
}
