import Link from "next/link";
import { LinkProblem } from "@/components/site/link-problem";
import { RegistrationStatus } from "@/components/site/registration-status";
import { clock } from "@/lib/clock";
import { readRegistrationLink, waitingListPosition } from "@/lib/data/registration-by-token";
import { formatDateRange } from "@/lib/editions/calendar";
import { ConfirmForm } from "./confirm-form";

export const metadata = { title: "Confirm your registration", robots: { index: false } };

type Props = { params: Promise<{ token: string }> };

const RESULT_TITLES: Record<string, string> = { confirmed: "You're in!", waitlisted: "You're on the waiting list" };

/**
 * Opening the link changes nothing: confirming takes a press of the button (a POST). Once it is
 * pressed, the same address shows where the registration stands.
 */
export default async function ConfirmPage({ params }: Props) {
  const { token } = await params;
  const found = await readRegistrationLink(token, "confirm", clock().now());
  if (!found.ok && found.problem === "used") {
    const { registration } = found;
    const position = registration.status === "waitlisted" && registration.waitlistNumber ? await waitingListPosition(registration.edition.id, registration.waitlistNumber) : undefined;
    const title = RESULT_TITLES[registration.status];
    return (
      <div className="mx-auto max-w-2xl space-y-5">
        <h1 className="text-3xl font-bold">{title ?? "This link has already been used"}</h1>
        <RegistrationStatus registration={registration} position={position} />
        {title && <p>We have sent you an email with the details and a link to manage your registration.</p>}
        <p className="flex flex-wrap gap-4">
          {title && (
            <a className="underline" href={`/editions/${registration.edition.slug}/calendar.ics`}>
              Add the sprint mornings to your calendar
            </a>
          )}
          <Link className="underline" href={`/editions/${registration.edition.slug}`}>
            Back to {registration.edition.name}
          </Link>
        </p>
      </div>
    );
  }
  if (!found.ok) return <LinkProblem problem={found.problem} />;

  const { registration } = found;
  const { edition } = registration;
  return (
    <div className="mx-auto max-w-2xl space-y-5">
      <h1 className="text-3xl font-bold">Confirm your registration</h1>
      <p>
        {registration.name}, you registered for <strong>{edition.name}</strong> ({formatDateRange(edition.startsOn, edition.endsOn)}) with{" "}
        {registration.email}. Confirm to take a place, or a spot on the waiting list if the edition is full.
      </p>
      <ConfirmForm token={token} />
    </div>
  );
}
