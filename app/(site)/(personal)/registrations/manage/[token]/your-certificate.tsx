import { certificateStanding } from "@/lib/features/certificates/reads";
import { CERTIFICATE_PROBLEMS, type CertificateProblem } from "@/lib/features/certificates";
import { SubmitButton } from "@/components/ui/submit-button";

type Props = {
  token: string;
  registrationId: string;
  edition: { name: string; timeZone: string; startsOn: Date; endsOn: Date };
  now: Date;
  /** Why the last download was refused, from the download's redirect. */
  problem: string | undefined;
};

/** "Your certificate": after the edition, for a person checked in on at least one day. */
export async function YourCertificate({ token, registrationId, edition, now, problem }: Props) {
  const standing = await certificateStanding(registrationId, edition, now);
  const refused =
    problem && Object.hasOwn(CERTIFICATE_PROBLEMS, problem)
      ? CERTIFICATE_PROBLEMS[problem as CertificateProblem]
      : null;
  if (standing.kind === "not-yet" && !refused) return null;
  return (
    <section
      aria-labelledby="certificate"
      className="space-y-3 rounded-xl border border-sand-200 p-5 dark:border-sea-800"
    >
      <h2 id="certificate" className="text-xl font-semibold">
        Your certificate
      </h2>
      {refused && (
        <p role="status" className="font-semibold">
          {refused}
        </p>
      )}
      {standing.kind === "no-check-in" && !refused && <p>{CERTIFICATE_PROBLEMS["not-checked-in"]}</p>}
      {standing.kind === "available" && (
        <>
          <p>
            A certificate of your attendance at {edition.name}: the {standing.days === 1 ? "day" : "days"} you were
            checked in and the work credited to you, as a PDF. It carries an address where anyone can check it; that
            page shows your first name only, and confirms your full name to someone who types it.
          </p>
          {/* A plain form: the browser posts it and saves the PDF, with or without JavaScript. */}
          <form method="post" action={`/registrations/manage/${token}/certificate.pdf`}>
            <SubmitButton pendingLabel="Preparing…">Download your certificate (PDF)</SubmitButton>
          </form>
          {standing.latestId && (
            <p className="text-sm">
              Your latest certificate can be checked at{" "}
              <a className="underline" href={`/certificates/${standing.latestId}`}>
                /certificates/{standing.latestId}
              </a>
              .
            </p>
          )}
        </>
      )}
    </section>
  );
}
