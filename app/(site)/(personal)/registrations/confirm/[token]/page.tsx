import { ConfirmationResult } from "@/components/site/confirmation-result";
import { LinkProblem } from "@/components/site/link-problem";
import { clock } from "@/lib/platform/clock";
import { readRegistrationLink, waitingListPosition } from "@/lib/features/registration/reads";
import { formatDateRange } from "@/lib/platform/calendar/calendar";
import { ConfirmForm } from "./confirm-form";

export const metadata = { title: "Confirm your registration", robots: { index: false } };

type Props = { params: Promise<{ token: string }> };

/**
 * Opening the link changes nothing: confirming takes a press of the button (a POST). Once it is
 * pressed, the same address shows where the registration stands.
 */
export default async function ConfirmPage({ params }: Props) {
  const { token } = await params;
  const found = await readRegistrationLink(token, "confirm", clock().now());
  if (!found.ok && found.problem === "used") {
    const { registration } = found;
    const position =
      registration.status === "waitlisted" && registration.waitlistNumber
        ? await waitingListPosition(registration.edition.id, registration.waitlistNumber)
        : undefined;
    return (
      <ConfirmationResult
        status={registration.status}
        position={position}
        offerExpiresAt={registration.offerExpiresAt}
        acceptedAt={registration.acceptedAt}
        edition={registration.edition}
      />
    );
  }
  if (!found.ok) return <LinkProblem problem={found.problem} />;

  const { registration } = found;
  const { edition } = registration;
  return (
    <ConfirmForm
      token={token}
      edition={{
        slug: edition.slug,
        name: edition.name,
        timeZone: edition.timeZone,
        applicationDeadline: edition.selection === "by_application" ? edition.applicationDeadline : null,
      }}
    >
      {edition.selection === "by_application" ? (
        <p>
          {registration.name}, you applied for <strong>{edition.name}</strong> (
          {formatDateRange(edition.startsOn, edition.endsOn)}) with {registration.email}. Confirm your address to send
          your application: places are given by the organizers once applications close.
        </p>
      ) : (
        <p>
          {registration.name}, you registered for <strong>{edition.name}</strong> (
          {formatDateRange(edition.startsOn, edition.endsOn)}) with {registration.email}. Confirm to take a place, or a
          spot on the waiting list if the edition is full.
        </p>
      )}
    </ConfirmForm>
  );
}
