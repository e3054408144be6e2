"use client";

import { useActionForm } from "@/components/ui/form";
import { SubmitButton } from "@/components/ui/submit-button";
import { carryOutPrivacyRequest } from "./actions";

export function PrivacyActForm({ token, kind }: { token: string; kind: "export" | "erase" }) {
  const { state, formProps } = useActionForm(carryOutPrivacyRequest.bind(null, token, kind));
  return (
    <form {...formProps} className="space-y-3">
      <p role="status" aria-live="polite" className="min-h-6 font-medium text-terracotta-700 dark:text-sun-300">
        {state.message ?? ""}
      </p>
      <SubmitButton pendingLabel={kind === "export" ? "Sending…" : "Erasing…"}>
        {kind === "export" ? "Email me my data" : "Erase everything"}
      </SubmitButton>
    </form>
  );
}
