import { EditionLinks } from "@/components/admin/edition-links";
import { GrantForm, PaidForm } from "@/components/travel-grants/decision-forms";
import { GrantSettingsForm } from "@/components/travel-grants/settings-form";
import { ActionButton } from "@/components/ui/action-button";
import { PageHeading } from "@/components/ui/page-heading";
import { STATUS_LABELS } from "@/lib/features/registration/client";
import { GRANT_PROBLEMS, GRANT_STATUS_LABELS } from "@/lib/features/travel-grants";
import { editionGrants, grantSealingAvailable, type EditionGrantRequest } from "@/lib/features/travel-grants/reads";
import { todayIn } from "@/lib/platform/calendar/calendar";
import { clock } from "@/lib/platform/clock";
import { organizerEdition } from "../organizer-edition";
import { declineAction, grantAction, paidAction, releaseAction, saveGrantSettingsAction } from "./actions";

export const metadata = { title: "Travel grants" };

type Props = { params: Promise<{ id: string }> };

const euros = (amount: number) => `${amount.toLocaleString("en-GB")} €`;
const CANCELLED = new Set(["cancelled", "expired"]);

/** An edition's travel grants: the budget, and each request with its reason, to grant or decline. */
export default async function GrantsAdminPage({ params }: Props) {
  const { id, edition } = await organizerEdition(params);
  const grants = await editionGrants(id);
  const today = todayIn(edition.timeZone, clock().now());
  return (
    <div className="max-w-4xl space-y-6">
      <EditionLinks edition={edition} publicPages={[{ path: "/report", label: "Sponsor report" }]} />
      <PageHeading>Travel grants: {edition.city}</PageHeading>
      <p>
        People ask from the registration form or their registration&apos;s page, with an amount and a short reason. The
        reason is stored encrypted and shown only here; nothing of it is public. Each decision is emailed to the person
        and written to the audit log (without the reason). Six months after the edition ends the requests are deleted
        and only the totals stay, for the sponsor report.
      </p>
      <section aria-labelledby="grant-budget" className="space-y-3 rounded-xl border border-sand-200 p-4">
        <h2 id="grant-budget" className="text-xl font-semibold">
          Budget
        </h2>
        <dl className="grid grid-cols-[max-content_1fr] gap-x-6 gap-y-1">
          <dt className="font-medium">Budget</dt>
          <dd>{grants.budget === null ? "Not set" : euros(grants.budget)}</dd>
          <dt className="font-medium">Granted so far</dt>
          <dd>{euros(grants.granted)}</dd>
          <dt className="font-medium">Left</dt>
          <dd>{euros(grants.left)}</dd>
        </dl>
        {!grantSealingAvailable() && <p className="font-medium">{GRANT_PROBLEMS["no-key"]}</p>}
        <GrantSettingsForm
          action={saveGrantSettingsAction.bind(null, id)}
          initial={{ open: grants.open ? "on" : "", budget: String(grants.budget ?? 0) }}
        />
      </section>
      <section aria-labelledby="requests" className="space-y-4">
        <h2 id="requests" className="text-xl font-semibold">
          Requests ({grants.requests.length})
        </h2>
        {grants.requests.length === 0 && <p>No requests yet.</p>}
        {grants.requests.map((request) => (
          <Request key={request.id} editionId={id} request={request} today={today} />
        ))}
      </section>
    </div>
  );
}

function Request({ editionId, request, today }: { editionId: string; request: EditionGrantRequest; today: string }) {
  const cancelled = CANCELLED.has(request.registrationStatus);
  const registration =
    STATUS_LABELS[request.registrationStatus as keyof typeof STATUS_LABELS] ?? request.registrationStatus;
  return (
    <article aria-labelledby={`grant-${request.id}`} className="space-y-3 rounded-xl border border-sand-200 p-4">
      <h3 id={`grant-${request.id}`} className="text-lg font-semibold">
        {request.name}
      </h3>
      <dl className="grid gap-x-6 gap-y-1 sm:grid-cols-[max-content_1fr]">
        <dt className="font-medium">Registration</dt>
        <dd>{registration}</dd>
        <dt className="font-medium">Country</dt>
        <dd>{request.country}</dd>
        <dt className="font-medium">First-time contributor</dt>
        <dd>{request.firstTimer ? "Yes" : "No"}</dd>
        <dt className="font-medium">Asked</dt>
        <dd>{euros(request.amountAsked)}</dd>
        <dt className="font-medium">Why</dt>
        <dd className="whitespace-pre-line break-words">
          {request.reason ?? "(stored encrypted; this server cannot open it: check DATA_ENCRYPTION_KEY)"}
        </dd>
        <dt className="font-medium">Decision</dt>
        <dd>
          {GRANT_STATUS_LABELS[request.status]}
          {request.amountGranted !== null && request.status !== "declined" && `: ${euros(request.amountGranted)}`}
          {request.status === "granted" && (request.paidOn ? `, paid on ${request.paidOn}` : ", not paid yet")}
          {request.status === "granted" && cancelled && " (the registration is cancelled)"}
        </dd>
      </dl>
      {request.status === "asked" && (
        <div className="flex flex-wrap items-end gap-6">
          <GrantForm
            action={grantAction.bind(null, editionId, request.id, request.version)}
            grantId={request.id}
            asked={request.amountAsked}
          />
          <ActionButton
            action={declineAction.bind(null, editionId, request.id, request.version)}
            label="Decline"
            pendingLabel="Declining…"
          />
        </div>
      )}
      {request.status === "granted" && (
        <PaidForm
          action={paidAction.bind(null, editionId, request.id)}
          grantId={request.id}
          paidOn={request.paidOn ?? today}
        />
      )}
      {request.status === "granted" && cancelled && !request.paidOn && (
        <ActionButton
          action={releaseAction.bind(null, editionId, request.id)}
          label="Release it back to the budget"
          pendingLabel="Releasing…"
        />
      )}
    </article>
  );
}
