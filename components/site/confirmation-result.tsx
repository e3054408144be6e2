import Link from "next/link";
import { type RegistrationStatus as Status } from "@/lib/features/registration/client";
import { RegistrationStatus } from "./registration-status";
import { PageHeading } from "@/components/ui/page-heading";

const RESULT_TITLES: Partial<Record<Status, string>> = {
  confirmed: "You're in!",
  waitlisted: "You're on the waiting list",
  applied: "Application received",
};

type Props = {
  status: Status;
  position?: number;
  offerExpiresAt?: Date | null;
  acceptedAt?: Date | null;
  edition: { slug: string; name: string; timeZone: string; applicationDeadline?: Date | null };
};

/**
 * Where a registration stands once its confirmation link is used: the page a confirmation
 * answers with, and what the link shows when opened again.
 */
export function ConfirmationResult({ status, position, offerExpiresAt = null, acceptedAt = null, edition }: Props) {
  const title = RESULT_TITLES[status];
  return (
    <div className="mx-auto max-w-2xl space-y-5">
      <PageHeading tabIndex={-1} className="focus:outline-none">
        {title ?? "This link has already been used"}
      </PageHeading>
      <RegistrationStatus registration={{ status, offerExpiresAt, acceptedAt, edition }} position={position} />
      {title && <p>We have sent you an email with the details and a link to manage your registration.</p>}
      <p className="flex flex-wrap gap-4">
        {title && status !== "applied" && (
          <a className="underline" href={`/editions/${edition.slug}/calendar.ics`}>
            Add the sprint mornings to your calendar
          </a>
        )}
        <Link className="underline" href={`/editions/${edition.slug}`}>
          Back to {edition.name}
        </Link>
      </p>
    </div>
  );
}
