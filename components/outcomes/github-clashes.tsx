"use client";

import { useActionForm } from "@/components/ui/form";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import type { FormState } from "@/lib/platform/forms/action-state";
import { DISCOVERY_WORDING } from "@/lib/features/outcomes/client";

type Clash = { username: string; holders: { id: string; name: string; email: string }[] };

/**
 * Usernames several registrations gave: who gave each, and one button per person to keep it.
 * Always mounted (an empty live region when there is no clash), so the answer to the last
 * decision is still announced once the list it emptied is gone.
 */
export function GitHubClashes({
  clashes,
  action,
}: {
  clashes: Clash[];
  action: (state: FormState, formData: FormData) => Promise<FormState>;
}) {
  const { state, formProps } = useActionForm(action);
  return (
    <form {...formProps} className="space-y-2">
      {clashes.length > 0 && (
        <section aria-labelledby="github-clashes" className="space-y-2 rounded-lg border border-terracotta-700 p-3">
          <h3 id="github-clashes" className="font-semibold">
            {DISCOVERY_WORDING.clashHeading}
          </h3>
          <p>{DISCOVERY_WORDING.clashIntro}</p>
          <ul className="space-y-3">
            {clashes.map((clash) => (
              <li key={clash.username} className="space-y-1">
                <p>
                  <strong>{clash.username}</strong>:{" "}
                  {clash.holders.map((holder) => `${holder.name} (${holder.email})`).join(", ")}
                </p>
                <ul className="flex flex-wrap gap-2" aria-label={`Whose is ${clash.username}?`}>
                  {clash.holders.map((holder) => (
                    <li key={holder.id}>
                      <SubmitButton name="registration" value={holder.id} pendingLabel="Saving…">
                        {DISCOVERY_WORDING.keepFor(holder.name)}
                      </SubmitButton>
                    </li>
                  ))}
                </ul>
              </li>
            ))}
          </ul>
        </section>
      )}
      <FormMessage state={state} />
    </form>
  );
}
