"use client";

import { ActionButton } from "@/components/ui/action-button";
import { carryOutPrivacyRequest } from "./actions";

export function PrivacyActForm({ token, kind }: { token: string; kind: "export" | "erase" }) {
  return (
    <ActionButton
      action={carryOutPrivacyRequest.bind(null, token, kind)}
      label={kind === "export" ? "Email me my data" : "Erase everything"}
      pendingLabel={kind === "export" ? "Sending…" : "Erasing…"}
    />
  );
}
