import Link from "next/link";
import { ActionButton } from "@/components/ui/action-button";
import { BackLink } from "@/components/ui/back-link";
import { PageHeading } from "@/components/ui/page-heading";
import { ImportQueryForm, PasteTicketsForm } from "@/components/board/board-forms";
import { LabelForm, MoveClaimForm, RemoveTicketForm } from "@/components/board/ticket-forms";
import { TicketHeading, ticketName } from "@/components/board/ticket-heading";
import { confirmedPeople } from "@/lib/features/editions/reads";
import { dayPlan } from "@/lib/features/tables/reads";
import { adminBoard } from "@/lib/features/ticket-board/reads";
import { env } from "@/lib/platform/env";
import { editionDays, organizerEdition } from "../organizer-edition";
import {
  importTracQueryAction,
  labelTicketAction,
  moveClaimAction,
  pasteTicketsAction,
  refreshBoardAction,
  releaseClaimAction,
  removeTicketAction,
} from "./actions";

export const metadata = { title: "Ticket board" };

type Props = { params: Promise<{ id: string }> };

/** The edition's ticket board: filling it from Trac and GitHub, labels, refreshing, and the claims. */
export default async function BoardPage({ params }: Props) {
  const { id, edition } = await organizerEdition(params);
  const { days, day } = editionDays(edition);
  const [tickets, people, plan] = await Promise.all([adminBoard(id), confirmedPeople(id), dayPlan(id, day)]);
  const tracUrl = env().outcomes.tracUrl;
  const tables = plan?.tables.map((table) => table.name) ?? [];
  const claimed = tickets.filter((ticket) => ticket.claim).length;
  return (
    <div className="space-y-6">
      <BackLink href={`/admin/editions/${id}`}>{edition.name}</BackLink>
      <PageHeading>Ticket board: {edition.city}</PageHeading>
      <p>
        Tickets for the sprint mornings, from Django&apos;s Trac or the edition&apos;s GitHub repositories (
        {edition.outcomeRepositories.join(", ") || "none set"}). Confirmed attendees see the board from their manage
        link and claim a ticket for themselves or their table. States are refreshed with the outcome statuses, or now.
      </p>
      <p className="flex flex-wrap gap-4">
        <Link className="underline" href={`/admin/editions/${id}/board/tables`}>
          The morning, table by table
        </Link>
        <Link className="underline" href={`/admin/editions/${id}/board/print`}>
          Print the board (A4)
        </Link>
      </p>
      <section aria-labelledby="add-tickets" className="space-y-3 rounded-xl border border-sand-200 p-4">
        <h2 id="add-tickets" className="text-xl font-semibold">
          Add tickets
        </h2>
        <PasteTicketsForm action={pasteTicketsAction.bind(null, id)} />
      </section>
      <section aria-labelledby="import-query" className="space-y-3 rounded-xl border border-sand-200 p-4">
        <h2 id="import-query" className="text-xl font-semibold">
          Import a Trac query
        </h2>
        <ImportQueryForm action={importTracQueryAction.bind(null, id)} tracUrl={tracUrl} />
      </section>
      <section aria-labelledby="on-the-board" className="space-y-4">
        <h2 id="on-the-board" className="text-xl font-semibold">
          On the board ({tickets.length}, {claimed} claimed)
        </h2>
        <ActionButton
          action={refreshBoardAction.bind(null, id)}
          label="Refresh now from Trac and GitHub"
          pendingLabel="Asking Trac and GitHub…"
        />
        {tickets.length === 0 ? (
          <p>No ticket yet: paste some or import a Trac query above.</p>
        ) : (
          <ul className="space-y-4">
            {tickets.map((ticket) => {
              const name = ticketName(ticket);
              return (
                <li key={ticket.id} className="space-y-2 rounded-xl border border-sand-200 p-4">
                  <TicketHeading ticket={ticket} tracUrl={tracUrl} />
                  <p className="text-sm">
                    {ticket.claim
                      ? `Claimed by ${ticket.claim.person.name}${ticket.claim.tableName ? ` for ${ticket.claim.tableName}` : ""}, ${days[ticket.claim.day] ?? ticket.claim.day}.`
                      : "Not claimed."}
                    {ticket.owner && ` Owner in ${ticket.source === "trac" ? "Trac" : "GitHub"}: ${ticket.owner}.`}
                  </p>
                  {ticket.refreshProblem && (
                    <p className="text-sm font-medium text-terracotta-700 dark:text-sun-300">{ticket.refreshProblem}</p>
                  )}
                  <details>
                    <summary className="cursor-pointer underline">Label {name}</summary>
                    <div className="mt-2">
                      <LabelForm
                        action={labelTicketAction.bind(null, id, ticket.id)}
                        id={`label-${ticket.id}`}
                        ticket={name}
                        label={ticket.label}
                      />
                    </div>
                  </details>
                  {ticket.claim && (
                    <details>
                      <summary className="cursor-pointer underline">Move or release the claim on {name}</summary>
                      <div className="mt-2 space-y-3">
                        <MoveClaimForm
                          action={moveClaimAction.bind(null, id, ticket.claim.id)}
                          id={`move-${ticket.id}`}
                          ticket={name}
                          current={{
                            registrationId: ticket.claim.person.id,
                            day: ticket.claim.day,
                            table: ticket.claim.table,
                          }}
                          people={people}
                          days={days}
                          tables={tables}
                        />
                        <ActionButton
                          action={releaseClaimAction.bind(null, id, ticket.claim.id)}
                          label={`Release the claim on ${name}`}
                          pendingLabel="Releasing…"
                        />
                      </div>
                    </details>
                  )}
                  <details>
                    <summary className="cursor-pointer underline">Remove {name}</summary>
                    <div className="mt-2">
                      <RemoveTicketForm
                        action={removeTicketAction.bind(null, id, ticket.id)}
                        id={`remove-${ticket.id}`}
                        ticket={name}
                      />
                    </div>
                  </details>
                </li>
              );
            })}
          </ul>
        )}
      </section>
    </div>
  );
}
