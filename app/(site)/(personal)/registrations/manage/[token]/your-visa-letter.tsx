import { VisaLetterForm } from "@/components/visa-letters/visa-letter-form";
import { SubmitButton } from "@/components/ui/submit-button";
import { formatDateRange, isoDate } from "@/lib/platform/calendar/calendar";
import { longDate, mayAskForVisaLetter, visaLetterProblemText } from "@/lib/features/visa-letters";
import { visaRequestOfRegistration } from "@/lib/features/visa-letters/reads";
import { requestVisaLetterAction } from "./visa-letter-actions";

type Props = {
  token: string;
  registration: { id: string; status: string; acceptedAt: Date | null; name: string };
  edition: { startsOn: Date; endsOn: Date };
  /** Why the last download was refused, from its redirect. */
  problem: string | undefined;
};

const STATUS: Record<string, string> = {
  requested: "Asked: an organizer will look at it soon. You can still correct it below.",
  approved: "Approved: download your letter below.",
  declined: "Declined: correct your request below and send it again.",
};

/** "Invitation letter for a visa": ask, correct while not approved, download once approved. */
export async function YourVisaLetter({ token, registration, edition, problem }: Props) {
  if (!mayAskForVisaLetter(registration)) return null;
  const { request, open } = await visaRequestOfRegistration(registration.id);
  if (!request && !open) return null;
  const refused = visaLetterProblemText(problem);
  const canChange = open && request?.status !== "approved";
  return (
    <section
      aria-labelledby="visa-letter"
      className="space-y-3 rounded-xl border border-sand-200 p-5 dark:border-sea-800"
    >
      <h2 id="visa-letter" className="text-xl font-semibold">
        Invitation letter for a visa
      </h2>
      {refused && (
        <p role="status" className="font-semibold">
          {refused}
        </p>
      )}
      {!request && (
        <p>
          If you need a visa to come ({formatDateRange(edition.startsOn, edition.endsOn)}), we can write you an
          invitation letter for the consulate. Ask a few weeks ahead: an organizer approves each letter. Your passport
          number and date of birth are stored encrypted, seen only by organizers, and deleted 30 days after the edition.
        </p>
      )}
      {request && (
        <>
          <p className="font-medium">{STATUS[request.status]}</p>
          {request.status === "declined" && request.decisionNote && <p>The organizers wrote: {request.decisionNote}</p>}
          <dl className="grid gap-x-6 gap-y-1 sm:grid-cols-[max-content_1fr]">
            <dt className="font-medium">Name</dt>
            <dd>{request.fullName}</dd>
            <dt className="font-medium">Nationality</dt>
            <dd>{request.nationality}</dd>
            <dt className="font-medium">For</dt>
            <dd>{request.consulate}</dd>
            <dt className="font-medium">Stay</dt>
            <dd>
              {longDate(request.arrivesOn)} to {longDate(request.leavesOn)}
            </dd>
          </dl>
          <p className="text-sm">We do not show your passport number or date of birth here.</p>
        </>
      )}
      {request?.status === "approved" && (
        <form method="post" action={`/registrations/manage/${token}/visa-letter.pdf`}>
          <SubmitButton pendingLabel="Preparing…">Download your invitation letter (PDF)</SubmitButton>
        </form>
      )}
      {canChange && (
        <VisaLetterForm
          action={requestVisaLetterAction.bind(null, token)}
          correcting={Boolean(request)}
          initial={{
            fullName: request?.fullName ?? registration.name,
            nationality: request?.nationality ?? "",
            consulate: request?.consulate ?? "",
            arrivesOn: request ? isoDate(request.arrivesOn) : isoDate(edition.startsOn),
            leavesOn: request ? isoDate(request.leavesOn) : isoDate(edition.endsOn),
          }}
        />
      )}
    </section>
  );
}
