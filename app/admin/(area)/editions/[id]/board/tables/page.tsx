import { notFound } from "next/navigation";
import { BackLink } from "@/components/ui/back-link";
import { DayLinks } from "@/components/admin/day-links";
import { PageHeading } from "@/components/ui/page-heading";
import { ticketName, ticketUrl } from "@/components/board/ticket-heading";
import { stateText } from "@/lib/features/ticket-board";
import { morningByTable } from "@/lib/features/ticket-board/reads";
import { env } from "@/lib/platform/env";
import { editionDays, organizerEdition } from "../../organizer-edition";

export const metadata = { title: "The morning, table by table" };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ day?: string }> };

/** One morning, per table: what each table claimed (and its people for themselves), and where it stands. */
export default async function MorningPage({ params, searchParams }: Props) {
  const { id, edition } = await organizerEdition(params);
  const { days, day } = editionDays(edition, (await searchParams).day);
  const morning = await morningByTable(id, day);
  if (!morning) notFound();
  const tracUrl = env().outcomes.tracUrl;
  const without = morning.tables.filter((table) => table.claims.length === 0);
  return (
    <div className="space-y-6">
      <BackLink href={`/admin/editions/${id}/board`}>Ticket board</BackLink>
      <PageHeading>The morning, table by table: {edition.city}</PageHeading>
      <DayLinks days={days} current={day} path={`/admin/editions/${id}/board/tables`} />
      <h2 className="text-2xl font-semibold">
        {days[day]}: tables {morning.locked ? "locked" : "suggested, not locked yet"}
      </h2>
      <p role="status" className="font-medium">
        {without.length === 0
          ? "Every table has a claimed ticket."
          : `Without a claim: ${without.map((table) => table.name).join(", ")}.`}
      </p>
      <div className="grid gap-4 md:grid-cols-2">
        {morning.tables.map((table) => (
          <section
            key={table.index}
            aria-labelledby={`morning-table-${table.index}`}
            className={`space-y-2 rounded-xl border p-4 ${table.claims.length === 0 ? "border-terracotta-600 border-dashed" : "border-sand-200"}`}
          >
            <h3 id={`morning-table-${table.index}`} className="text-xl font-semibold">
              {table.name} ({table.people} {table.people === 1 ? "person" : "people"})
            </h3>
            {table.claims.length === 0 ? (
              <p className="font-medium">No claim yet.</p>
            ) : (
              <ul className="space-y-2">
                {table.claims.map((claim) => (
                  <li key={claim.id} className="border-t border-sand-200 pt-2">
                    <a className="font-medium underline" href={ticketUrl(claim.ticket, tracUrl)}>
                      {ticketName(claim.ticket)}
                    </a>{" "}
                    <span className="break-words">{claim.ticket.summary}</span>
                    <span className="block text-sm">
                      {stateText(claim.ticket.state, claim.ticket.resolution, claim.ticket.source)} ·{" "}
                      {claim.forTable ? `the table's (claimed by ${claim.person})` : claim.person}
                    </span>
                  </li>
                ))}
              </ul>
            )}
          </section>
        ))}
      </div>
      {morning.elsewhere.length > 0 && (
        <section aria-labelledby="not-seated" className="space-y-2">
          <h3 id="not-seated" className="text-xl font-semibold">
            Claims of people not at a table that day
          </h3>
          <ul className="space-y-1">
            {morning.elsewhere.map((claim) => (
              <li key={claim.id}>
                {ticketName(claim.ticket)} · {claim.person}
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
