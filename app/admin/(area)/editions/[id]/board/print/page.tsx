import Link from "next/link";
import { DataTable } from "@/components/ui/data-table";
import { PageHeading } from "@/components/ui/page-heading";
import { ticketName } from "@/components/board/ticket-heading";
import { stateText } from "@/lib/features/ticket-board";
import { adminBoard } from "@/lib/features/ticket-board/reads";
import { editionDays, organizerEdition } from "../../organizer-edition";

export const metadata = { title: "Ticket board to print" };

type Props = { params: Promise<{ id: string }> };

/** The board for the wall: one table on A4, no navigation (print CSS). */
export default async function BoardPrintPage({ params }: Props) {
  const { id, edition } = await organizerEdition(params);
  const { days } = editionDays(edition);
  const tickets = await adminBoard(id);
  return (
    <div className="space-y-4 print:space-y-2">
      <style>{"@page { size: A4; margin: 12mm; }"}</style>
      <p className="print:hidden">
        <Link className="underline" href={`/admin/editions/${id}/board`}>
          ← Ticket board
        </Link>{" "}
        · Print this page from your browser&apos;s print menu: it fits A4.
      </p>
      <PageHeading size="compact">Ticket board: {edition.name}</PageHeading>
      <DataTable
        label="The tickets"
        className="w-full border-collapse text-sm print:text-[10pt] [&_td]:border [&_td]:border-sea-950 [&_td]:px-2 [&_td]:py-1 [&_td]:align-top [&_th]:border [&_th]:border-sea-950 [&_th]:px-2 [&_th]:py-1 [&_th]:text-left"
        columns={["Ticket", "Summary", "Label", "State", "Claimed by"]}
      >
        <tbody>
          {tickets.map((ticket) => (
            <tr key={ticket.id} className="break-inside-avoid">
              <td className="font-semibold whitespace-nowrap">{ticketName(ticket)}</td>
              <td className="break-words">{ticket.summary}</td>
              <td>{ticket.label ?? ""}</td>
              <td>{stateText(ticket.state, ticket.resolution, ticket.source)}</td>
              <td>
                {ticket.claim
                  ? `${ticket.claim.tableName ?? (ticket.claim.person.publicListing ? ticket.claim.person.name.split(" ")[0] : "an attendee")}, ${days[ticket.claim.day] ?? ticket.claim.day}`
                  : ""}
              </td>
            </tr>
          ))}
        </tbody>
      </DataTable>
    </div>
  );
}
