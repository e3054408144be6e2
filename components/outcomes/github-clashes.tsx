import { ActionButton } from "@/components/forms/action-button";
import type { FormState } from "@/lib/forms/action-state";
import { DISCOVERY_WORDING } from "@/lib/outcomes/wording";

type Clash = { username: string; holders: { id: string; name: string; email: string }[] };

/** Usernames several registrations gave: who gave each, and one button per person to keep it. */
export function GitHubClashes({
  clashes,
  keep,
}: {
  clashes: Clash[];
  keep: (registrationId: string) => (state: FormState) => Promise<FormState>;
}) {
  if (clashes.length === 0) return null;
  return (
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
                  <ActionButton
                    action={keep(holder.id)}
                    label={DISCOVERY_WORDING.keepFor(holder.name)}
                    pendingLabel="Saving…"
                  />
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
    </section>
  );
}
