import { LinkProblem } from "@/components/site/link-problem";
import { ActionButton } from "@/components/ui/action-button";
import { BackLink } from "@/components/ui/back-link";
import { PageHeading } from "@/components/ui/page-heading";
import { ClaimForm } from "@/components/board/claim-form";
import { TicketHeading, ticketName } from "@/components/board/ticket-heading";
import { readRegistrationLink } from "@/lib/features/registration/reads";
import { CLAIMING_IN_TRAC } from "@/lib/features/ticket-board";
import { attendeeBoard } from "@/lib/features/ticket-board/reads";
import { editionDayOptions } from "@/lib/platform/calendar/calendar";
import { clock } from "@/lib/platform/clock";
import { env } from "@/lib/platform/env";
import { claimTicketAction, releaseClaimAction } from "./actions";

export const metadata = { title: "Ticket board", robots: { index: false } };

type Props = { params: Promise<{ token: string }> };

/** The edition's ticket board for a confirmed attendee (the manage link is the credential): claim and release. */
export default async function AttendeeBoardPage({ params }: Props) {
  const { token } = await params;
  const found = await readRegistrationLink(token, "manage", clock().now());
  if (!found.ok) return <LinkProblem problem={found.problem} />;
  const registration = found.registration;
  const { edition } = registration;
  const editionDays = editionDayOptions(edition.startsOn, edition.endsOn);
  const yourDays = Object.fromEntries(
    registration.days.filter((day) => day in editionDays).map((day) => [day, editionDays[day]!]),
  );
  const confirmed = registration.status === "confirmed";
  const tickets = confirmed ? await attendeeBoard(edition.id, registration.id) : [];
  const tracUrl = env().outcomes.tracUrl;
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <BackLink href={`/registrations/manage/${token}`}>Your registration</BackLink>
      <PageHeading>Ticket board: {edition.name}</PageHeading>
      {!confirmed ? (
        <p>The ticket board is for confirmed attendees: it opens once your place is confirmed.</p>
      ) : (
        <>
          <p>
            The tickets organizers picked for the sprint mornings. Claim one for a day you come, for yourself or for
            your table (once the day&apos;s tables are set). One claim a ticket: release it if you stop.
          </p>
          <section aria-labelledby="claiming-in-trac" className="space-y-2 rounded-xl bg-sand-100 p-4 text-sea-950">
            <h2 id="claiming-in-trac" className="text-lg font-semibold">
              Claiming in Trac too
            </h2>
            <p>{CLAIMING_IN_TRAC.text}</p>
            <p>
              <a className="underline" href={CLAIMING_IN_TRAC.link}>
                {CLAIMING_IN_TRAC.linkText}
              </a>
            </p>
          </section>
          <section aria-labelledby="tickets" className="space-y-4">
            <h2 id="tickets" className="text-xl font-semibold">
              The tickets ({tickets.length})
            </h2>
            {tickets.length === 0 && <p>No ticket on the board yet: organizers add them before the sprint.</p>}
            <ul className="space-y-4">
              {tickets.map((ticket) => {
                const name = ticketName(ticket);
                return (
                  <li key={ticket.id} className="space-y-2 rounded-xl border border-sand-200 p-4 dark:border-sea-800">
                    <TicketHeading ticket={ticket} tracUrl={tracUrl} />
                    {ticket.refreshProblem && <p className="text-sm">Its state may be out of date.</p>}
                    {ticket.claim ? (
                      <>
                        <p className="font-medium">
                          Claimed by {ticket.claim.by}
                          {ticket.claim.tableName ? ` for ${ticket.claim.tableName}` : ""},{" "}
                          {editionDays[ticket.claim.day] ?? ticket.claim.day}.
                        </p>
                        {ticket.claim.mine && (
                          <ActionButton
                            action={releaseClaimAction.bind(null, token, ticket.claim.id)}
                            label={`Release ${name}`}
                            pendingLabel="Releasing…"
                          />
                        )}
                      </>
                    ) : Object.keys(yourDays).length > 0 ? (
                      <ClaimForm
                        action={claimTicketAction.bind(null, token, ticket.id, name)}
                        id={`claim-${ticket.id}`}
                        ticket={name}
                        days={yourDays}
                      />
                    ) : null}
                  </li>
                );
              })}
            </ul>
          </section>
        </>
      )}
    </div>
  );
}
