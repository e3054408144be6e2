import { EditionLinks } from "@/components/admin/edition-links";
import { ActionButton } from "@/components/ui/action-button";
import { PageHeading } from "@/components/ui/page-heading";
import { SuccessNotice } from "@/components/ui/success-notice";
import { DeclineForm } from "@/components/visa-letters/decline-form";
import { KEEP_VISA_REQUESTS_DAYS, longDate, UNOPENABLE_FIELD, UNOPENABLE_REQUEST } from "@/lib/features/visa-letters";
import { visaRequestsOfEdition } from "@/lib/features/visa-letters/reads";
import { organizerEdition } from "../organizer-edition";
import { approveVisaLetterAction, declineVisaLetterAction } from "./actions";

export const metadata = { title: "Visa letters", robots: { index: false } };

const STATUS = { requested: "Waiting for a decision", approved: "Approved", declined: "Declined" } as const;

/** An edition's requests for invitation letters: the only page showing passport numbers and dates of birth. */
const DONE: Record<string, string> = {
  approved: "Approved: they are emailed that their letter is ready.",
  declined: "Declined: they see your note on their page, and may correct their request.",
};

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ done?: string }> };

export default async function VisaLettersAdminPage({ params, searchParams }: Props) {
  const { id, edition, organizer } = await organizerEdition(params);
  const { done } = await searchParams;
  const requests = await visaRequestsOfEdition(id, organizer);
  return (
    <div className="max-w-4xl space-y-6">
      <EditionLinks edition={edition} publicPages={[]} />
      <PageHeading>Visa letters: {edition.city}</PageHeading>
      <p>
        Check each request against the registration, then approve it: the person is emailed that their letter is ready
        and downloads it from their page, signed with your name. What they gave is deleted {KEEP_VISA_REQUESTS_DAYS}{" "}
        days after the edition ends. Do not copy it elsewhere. Each time this page shows passport numbers, the audit log
        records who looked.
      </p>
      {done && Object.hasOwn(DONE, done) && <SuccessNotice message={DONE[done]!} />}
      {requests.length === 0 && <p>No requests yet.</p>}
      <ul className="space-y-4">
        {requests.map((request) => (
          <li key={request.id}>
            <section
              aria-labelledby={`request-${request.id}`}
              className="space-y-3 rounded-xl border border-sand-200 p-4 dark:border-sea-800"
            >
              <h2 id={`request-${request.id}`} className="text-lg font-semibold">
                {request.fullName}
              </h2>
              <p className="font-medium">
                {STATUS[request.status]}
                {request.status === "approved" && request.approvedBy && ` by ${request.approvedBy}`}
                {request.status === "declined" && request.decisionNote && `: ${request.decisionNote}`}
              </p>
              <dl className="grid gap-x-6 gap-y-1 sm:grid-cols-[max-content_1fr]">
                <dt className="font-medium">Registered as</dt>
                <dd className="break-words">{request.registration.email}</dd>
                <dt className="font-medium">Nationality</dt>
                <dd>{request.nationality}</dd>
                <dt className="font-medium">Passport number</dt>
                <dd>{request.passportNumber ?? <em>{UNOPENABLE_FIELD}</em>}</dd>
                <dt className="font-medium">Date of birth</dt>
                <dd>{request.dateOfBirth ? longDate(request.dateOfBirth) : <em>{UNOPENABLE_FIELD}</em>}</dd>
                <dt className="font-medium">For</dt>
                <dd>{request.consulate}</dd>
                <dt className="font-medium">Stay</dt>
                <dd>
                  {longDate(request.arrivesOn)} to {longDate(request.leavesOn)}
                </dd>
              </dl>
              {request.unopenable && <p role="status">{UNOPENABLE_REQUEST}</p>}
              {request.status === "requested" && (
                <div className="flex flex-wrap items-start gap-6">
                  {!request.unopenable && (
                    <ActionButton
                      action={approveVisaLetterAction.bind(null, id, request.id, request.version)}
                      label={`Approve the letter for ${request.fullName}`}
                      pendingLabel="Approving…"
                    />
                  )}
                  <DeclineForm
                    action={declineVisaLetterAction.bind(null, id, request.id, request.version)}
                    name={request.fullName}
                  />
                </div>
              )}
            </section>
          </li>
        ))}
      </ul>
    </div>
  );
}
