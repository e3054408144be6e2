import {
  certificateTitle,
  checkedInDays,
  editionLine,
  firstName,
  issuedOn,
  NAME_CHECK,
  outcomeLine,
  recordedByLine,
} from "@/lib/features/certificates";
import { readCertificate } from "@/lib/features/certificates/reads";
import { getSiteSettings } from "@/lib/features/site";
import { PageHeading } from "@/components/ui/page-heading";
import { checkNameAction } from "./actions";
import { NameCheckForm } from "./name-check-form";

export const metadata = { title: "Check a certificate", robots: { index: false } };

type Props = { params: Promise<{ id: string }> };

/** Anyone with a certificate's address: what it printed, as of its date, with the first name only. */
export default async function CertificatePage({ params }: Props) {
  const { id } = await params;
  const [found, site] = await Promise.all([readCertificate(id), getSiteSettings()]);
  if (found.status === "unknown")
    return (
      <div className="mx-auto max-w-3xl space-y-6">
        <PageHeading>Check a certificate</PageHeading>
        <p role="status" className="font-semibold">
          {NAME_CHECK.unknown}
        </p>
        <p>Check the address printed at the foot of the certificate: it ends with 26 letters and digits.</p>
      </div>
    );
  if (found.status === "withdrawn")
    return (
      <div className="mx-auto max-w-3xl space-y-6">
        <PageHeading>Check a certificate</PageHeading>
        <p role="status" className="font-semibold">
          {NAME_CHECK.withdrawn}
        </p>
        <p>Its holder asked {site.name} to erase their personal data, so it no longer vouches for anything.</p>
      </div>
    );
  const { certificate } = found;
  const { snapshot } = certificate;
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <PageHeading>{certificateTitle(snapshot)}</PageHeading>
      <p>
        A certificate issued by {site.name}. This is what it printed, as of {issuedOn(certificate.issuedAt)}.
      </p>
      <dl className="grid gap-x-6 gap-y-2 sm:grid-cols-[max-content_1fr]">
        <dt className="font-medium">First name</dt>
        <dd className="break-words">{firstName(snapshot.name)}</dd>
        <dt className="font-medium">Took part in</dt>
        <dd className="break-words">{editionLine(snapshot)}</dd>
        <dt className="font-medium">{snapshot.days.length === 1 ? "Day checked in" : "Days checked in"}</dt>
        <dd>
          <ul>
            {checkedInDays(snapshot).map((day) => (
              <li key={day}>{day}</li>
            ))}
          </ul>
        </dd>
        <dt className="font-medium">Issued on</dt>
        <dd>{issuedOn(certificate.issuedAt)}</dd>
      </dl>
      {snapshot.outcomes.length > 0 && (
        <section aria-labelledby="credited" className="space-y-2">
          <h2 id="credited" className="text-xl font-semibold">
            Work credited to them
          </h2>
          <ul className="space-y-2">
            {snapshot.outcomes.map((outcome, index) => (
              <li key={index} className="break-words">
                {outcomeLine(outcome)}
                {outcome.url && (
                  <>
                    {" "}
                    <a className="underline" href={outcome.url} rel="nofollow noopener">
                      {outcome.url}
                    </a>
                  </>
                )}
              </li>
            ))}
          </ul>
        </section>
      )}
      <p>{recordedByLine(snapshot, site.name)}</p>
      <section aria-labelledby="check-name" className="space-y-3">
        <h2 id="check-name" className="text-xl font-semibold">
          Check the full name
        </h2>
        <p>
          This page shows the first name only. Type the full name as it is printed on the certificate and we will tell
          you whether it matches.
        </p>
        <NameCheckForm action={checkNameAction.bind(null, certificate.id)} />
      </section>
    </div>
  );
}
