import { db } from "../../../platform/db";
import { dayPlan, type DayPlan } from "../../tables";

const firstName = (name: string) => name.trim().split(/\s+/)[0] ?? "";

const ticketColumns = {
  id: true,
  source: true,
  repository: true,
  number: true,
  summary: true,
  label: true,
  state: true,
  resolution: true,
  component: true,
  owner: true,
  refreshedAt: true,
  refreshProblem: true,
} as const;

const claimColumns = {
  id: true,
  day: true,
  table: true,
  registration: { select: { id: true, name: true, publicListing: true } },
} as const;

/** The plans of the days claims name, to name their tables. */
async function plansOf(editionId: string, days: string[]): Promise<Map<string, DayPlan | null>> {
  const unique = [...new Set(days)];
  const plans = await Promise.all(unique.map((day) => dayPlan(editionId, day)));
  return new Map(unique.map((day, index) => [day, plans[index] ?? null]));
}

const tableNameIn = (plans: Map<string, DayPlan | null>, day: string, table: number | null) =>
  table === null ? null : (plans.get(day)?.tables[table]?.name ?? `Table ${table + 1}`);

/** An edition's board for organizers: every ticket, its state and its claim with the claimant's full name. */
export async function adminBoard(editionId: string) {
  const tickets = await db().boardTicket.findMany({
    where: { editionId },
    select: { ...ticketColumns, claim: { select: claimColumns } },
    orderBy: [{ source: "asc" }, { repository: "asc" }, { number: "asc" }],
  });
  const plans = await plansOf(
    editionId,
    tickets.flatMap((ticket) => (ticket.claim ? [ticket.claim.day] : [])),
  );
  return tickets.map(({ claim, ...ticket }) => ({
    ...ticket,
    claim: claim && {
      id: claim.id,
      day: claim.day,
      table: claim.table,
      tableName: tableNameIn(plans, claim.day, claim.table),
      person: {
        id: claim.registration.id,
        name: claim.registration.name,
        // The wall's print shows a first name only for people on the public attendee list.
        publicListing: claim.registration.publicListing,
      },
    },
  }));
}
export type AdminBoardTicket = Awaited<ReturnType<typeof adminBoard>>[number];

/**
 * An edition's board as an attendee sees it: who claimed each ticket by first name when they are
 * on the public attendee list, else "an attendee"; the attendee's own claims marked as theirs.
 */
export async function attendeeBoard(editionId: string, registrationId: string) {
  const tickets = await db().boardTicket.findMany({
    where: { editionId },
    select: { ...ticketColumns, claim: { select: claimColumns } },
    orderBy: [{ source: "asc" }, { repository: "asc" }, { number: "asc" }],
  });
  const plans = await plansOf(
    editionId,
    tickets.flatMap((ticket) => (ticket.claim ? [ticket.claim.day] : [])),
  );
  return tickets.map(({ claim, refreshedAt: _refreshedAt, ...ticket }) => ({
    ...ticket,
    claim: claim && {
      id: claim.id,
      day: claim.day,
      tableName: tableNameIn(plans, claim.day, claim.table),
      mine: claim.registration.id === registrationId,
      by:
        claim.registration.id === registrationId
          ? "you"
          : claim.registration.publicListing
            ? firstName(claim.registration.name)
            : "an attendee",
    },
  }));
}
export type AttendeeBoardTicket = Awaited<ReturnType<typeof attendeeBoard>>[number];

/**
 * One morning, table by table: each table's claims (its own, and those its people made for
 * themselves) with the tickets' state; a table with none has an empty list.
 */
export async function morningByTable(editionId: string, day: string) {
  const plan = await dayPlan(editionId, day);
  if (!plan) return null;
  const claims = await db().ticketClaim.findMany({
    where: { editionId, day },
    select: { ...claimColumns, ticket: { select: ticketColumns } },
    orderBy: { createdAt: "asc" },
  });
  const seat = new Map(plan.tables.flatMap((table) => table.people.map((person) => [person.id, table.index])));
  const tables = plan.tables.map((table) => ({
    index: table.index,
    name: table.name,
    people: table.people.length,
    claims: [] as { id: string; forTable: boolean; person: string; ticket: (typeof claims)[number]["ticket"] }[],
  }));
  const elsewhere: (typeof tables)[number]["claims"] = [];
  for (const claim of claims) {
    const at = claim.table ?? seat.get(claim.registration.id);
    const row = { id: claim.id, forTable: claim.table !== null, person: claim.registration.name, ticket: claim.ticket };
    if (at !== undefined && tables[at]) tables[at].claims.push(row);
    else elsewhere.push(row);
  }
  return { locked: plan.locked, tables, elsewhere };
}
