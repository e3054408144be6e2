import { GrantAskForm } from "@/components/travel-grants/ask-form";
import { ActionButton } from "@/components/ui/action-button";
import { GRANT_STATUS_LABELS } from "@/lib/features/travel-grants";
import { grantOfRegistration } from "@/lib/features/travel-grants/reads";
import { askForGrantAction, withdrawGrantAction } from "./grant-actions";

const euros = (amount: number) => `${amount.toLocaleString("en-GB")} €`;

/** "Travel grant": ask, change or withdraw while undecided; the decision once made. Shown only when grants are open or asked for. */
export async function TravelGrant({
  token,
  registrationId,
  editionId,
  active,
}: {
  token: string;
  registrationId: string;
  editionId: string;
  active: boolean;
}) {
  const { open, grant } = await grantOfRegistration(registrationId, editionId);
  if (!grant && (!open || !active)) return null;
  return (
    <section
      aria-labelledby="travel-grant"
      className="space-y-3 rounded-xl border border-sand-200 p-5 dark:border-sea-800"
    >
      <h2 id="travel-grant" className="text-xl font-semibold">
        Travel grant
      </h2>
      {grant ? (
        <p>
          You asked for {euros(grant.amountAsked)}. {GRANT_STATUS_LABELS[grant.status]}
          {grant.status === "granted" && grant.amountGranted !== null && `: ${euros(grant.amountGranted)}`}
          {grant.status === "granted" && grant.paidOn && ` (paid on ${grant.paidOn.toISOString().slice(0, 10)})`}.
        </p>
      ) : (
        <p>
          This edition has a small budget to help people travel to the sprint. Ask if it would make the difference for
          you: organizers decide and tell you by email. Nothing of it is ever public.
        </p>
      )}
      {active && open && (!grant || grant.status === "asked") && (
        <GrantAskForm
          action={askForGrantAction.bind(null, token)}
          amount={grant ? String(grant.amountAsked) : ""}
          asked={Boolean(grant)}
        />
      )}
      {grant?.status === "asked" && (
        <ActionButton
          action={withdrawGrantAction.bind(null, token)}
          label="Withdraw my request"
          pendingLabel="Withdrawing…"
        />
      )}
    </section>
  );
}
