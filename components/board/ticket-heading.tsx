import { stateText } from "@/lib/features/ticket-board";

type Ticket = {
  source: "trac" | "github";
  repository: string;
  number: number;
  summary: string;
  label: string | null;
  state: Parameters<typeof stateText>[0];
  resolution: string | null;
  component: string | null;
};

/** How people name a ticket: "#36001" for Trac, "owner/repo#7" for GitHub. */
export const ticketName = (ticket: Pick<Ticket, "source" | "repository" | "number">) =>
  ticket.source === "trac" ? `#${ticket.number}` : `${ticket.repository}#${ticket.number}`;

/** Where a ticket lives: Trac's page (TRAC_URL), or the GitHub issue. */
export const ticketUrl = (ticket: Pick<Ticket, "source" | "repository" | "number">, tracUrl: string) =>
  ticket.source === "trac"
    ? `${tracUrl}/ticket/${ticket.number}`
    : `https://github.com/${ticket.repository}/issues/${ticket.number}`;

/** A ticket's link, summary (as text, never HTML), label and state. */
export function TicketHeading({ ticket, tracUrl, level = 3 }: { ticket: Ticket; tracUrl: string; level?: 2 | 3 }) {
  const Heading = level === 2 ? "h2" : "h3";
  return (
    <div className="space-y-1">
      <Heading className="text-lg font-semibold break-words">
        <a className="underline" href={ticketUrl(ticket, tracUrl)}>
          {ticketName(ticket)}
        </a>{" "}
        {ticket.summary || "(summary not read yet)"}
      </Heading>
      <p className="flex flex-wrap gap-x-3 text-sm">
        {ticket.label && <span className="rounded bg-sand-100 px-2 font-medium text-sea-950">{ticket.label}</span>}
        <span>State: {stateText(ticket.state, ticket.resolution, ticket.source)}</span>
        {ticket.component && <span>{ticket.component}</span>}
      </p>
    </div>
  );
}
