import "server-only";
import { SQL, empty, epochMs, join, raw, type Sql } from "../../../platform/database/statements";
import { db, statements } from "../../../platform/db";
import { inBatches } from "../../../platform/database/batches";
import type { RegistrationStatus } from "../../../generated/prisma/client";

export const REGISTRATIONS_PER_PAGE = 50;
export const STATUSES = [
  "pending",
  "confirmed",
  "waitlisted",
  "offered",
  "cancelled",
  "expired",
  "applied",
  "declined",
] as const satisfies readonly RegistrationStatus[];
const SORTS = { created: "createdAt", name: "name", status: "status", waitlist: "waitlistNumber" } as const;

export type RegistrationQuery = {
  status?: RegistrationStatus;
  search?: string;
  sort: keyof typeof SORTS;
  direction: "asc" | "desc";
  page: number;
};

const one = (value: string | string[] | undefined) => (typeof value === "string" ? value : undefined);

/** Reads the list's query string; anything unexpected falls back to the default. */
export function parseRegistrationQuery(params: Record<string, string | string[] | undefined>): RegistrationQuery {
  const status = one(params.status);
  const sort = one(params.sort);
  return {
    status: (STATUSES as readonly string[]).includes(status ?? "") ? (status as RegistrationStatus) : undefined,
    search: one(params.q)?.trim().slice(0, 100) || undefined,
    sort: sort && sort in SORTS ? (sort as keyof typeof SORTS) : "created",
    direction: one(params.dir) === "asc" ? "asc" : "desc",
    page: Math.max(1, Math.min(100_000, Number.parseInt(one(params.page) ?? "1", 10) || 1)),
  };
}

// The list, its counts and its header are the organizers' busiest page: they are read with
// plain SQL (lib/platform/db.ts `statements`), Prisma's planning costing more than these indexed queries.

type ListRow = {
  id: string;
  name: string;
  email: string;
  city: string;
  country: string;
  status: RegistrationStatus;
  createdAtMs: number;
  waitlistNumber: number | null;
};

/**
 * The one filter of an edition's registrations (the list, the CSV export and the check-in page).
 * A search is literal text in the name, email, city or country, whatever its case: "%" and "_"
 * match themselves.
 */
function filterSql(editionId: string, { status, search }: Pick<RegistrationQuery, "status" | "search">): Sql {
  const clauses = [SQL`"editionId" = ${editionId}`];
  if (status) clauses.push(SQL`status = ${status}::"RegistrationStatus"`);
  if (search) {
    const pattern = `%${search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    clauses.push(
      SQL`(name ILIKE ${pattern} OR email ILIKE ${pattern} OR city ILIKE ${pattern} OR country ILIKE ${pattern})`,
    );
  }
  return join(clauses, " AND ");
}

/**
 * One page of an edition's registrations, sorted in the database: never the whole list. Without
 * a search, the total comes from the status counts the page shows anyway; they may still be on
 * their way, so that the page's rows and its counts are read side by side.
 */
export async function registrationPage(
  editionId: string,
  query: RegistrationQuery,
  counts?: Record<RegistrationStatus, number> | Promise<Record<RegistrationStatus, number>>,
) {
  const clause = filterSql(editionId, query);
  const counted =
    counts && !query.search
      ? Promise.resolve(counts).then((known) =>
          query.status ? known[query.status] : Object.values(known).reduce((a, b) => a + b, 0),
        )
      : statements()
          .rows<{ n: number }>(SQL`SELECT count(*)::int AS n FROM "Registration" WHERE ${clause}`)
          .then(([row]) => row!.n);
  // Both come from fixed lists (SORTS, asc/desc), never from the query string itself.
  const order = raw(`"${SORTS[query.sort]}" ${query.direction === "asc" ? "ASC" : "DESC"}, id ASC`);
  const [rows, total] = await Promise.all([
    statements()
      .rows<ListRow>(SQL`SELECT id, name, email, city, country, status, ${epochMs('"createdAt"', "createdAtMs")}, "waitlistNumber"
       FROM "Registration" WHERE ${clause} ORDER BY ${order} LIMIT ${REGISTRATIONS_PER_PAGE} OFFSET ${(query.page - 1) * REGISTRATIONS_PER_PAGE}`),
    counted,
  ]);
  return {
    rows: rows.map(({ createdAtMs, ...row }) => ({ ...row, createdAt: new Date(createdAtMs) })),
    total,
    pages: Math.max(1, Math.ceil(total / REGISTRATIONS_PER_PAGE)),
  };
}

export async function statusCounts(editionId: string): Promise<Record<RegistrationStatus, number>> {
  const rows = await statements().rows<{ status: RegistrationStatus; n: number }>(
    SQL`SELECT status, count(*)::int AS n FROM "Registration" WHERE "editionId" = ${editionId} GROUP BY status`,
  );
  return Object.fromEntries(
    STATUSES.map((status) => [status, rows.find((row) => row.status === status)?.n ?? 0]),
  ) as Record<RegistrationStatus, number>;
}

/** What the registrations page shows of its edition. */
export async function editionHeader(
  id: string,
): Promise<{ id: string; name: string; city: string; capacity: number } | null> {
  const [edition] = await statements().rows<{ id: string; name: string; city: string; capacity: number }>(
    SQL`SELECT id, name, city, capacity FROM "Edition" WHERE id = ${id}`,
  );
  return edition ?? null;
}

export function registrationDetail(id: string) {
  return db().registration.findUnique({
    where: { id },
    include: {
      checkIns: { orderBy: { day: "asc" } },
      edition: { select: { id: true, name: true, capacity: true, startsOn: true, endsOn: true } },
      roomShare: { select: { kind: true } },
      sprintReadiness: { select: { testRun: true, ranLine: true } },
    },
  });
}

/** The ids of the registrations the filter matches, in one of the filter's own orders. */
async function matchingIds(
  editionId: string,
  query: Pick<RegistrationQuery, "status" | "search">,
  { order, after, limit }: { order: "id" | "name"; after?: string; limit: number },
): Promise<string[]> {
  const rows = await statements().rows<{ id: string }>(
    SQL`SELECT id FROM "Registration" WHERE ${filterSql(editionId, query)}${after ? SQL` AND id > ${after}` : empty}
        ORDER BY ${raw(order === "id" ? "id" : "name, id")} LIMIT ${limit}`,
  );
  return rows.map((row) => row.id);
}

/** Every registration of the edition matching the query, a thousand at a time (CSV export). */
export function registrationBatches(editionId: string, query: Pick<RegistrationQuery, "status" | "search">) {
  return inBatches(async (after, take) => {
    const ids = await matchingIds(editionId, query, {
      order: "id",
      after: "cursor" in after ? after.cursor.id : undefined,
      limit: take,
    });
    return db().registration.findMany({
      where: { id: { in: ids } },
      orderBy: { id: "asc" },
      include: { checkIns: { select: { day: true } } },
    });
  });
}

/** Confirmed people for the door, with who already arrived on the day. */
export async function checkInList(editionId: string, day: string, search: string | undefined) {
  const ids = await matchingIds(editionId, { status: "confirmed", search }, { order: "name", limit: 200 });
  return db().registration.findMany({
    where: { id: { in: ids } },
    orderBy: [{ name: "asc" }, { id: "asc" }],
    select: { id: true, name: true, city: true, days: true, checkIns: { where: { day }, select: { at: true } } },
  });
}

/** What the caterer and the venue need: counts per day, dietary needs grouped, access needs listed. */
export async function cateringSummary(editionId: string) {
  const people = await db().registration.findMany({
    where: { editionId, status: { in: ["confirmed", "offered"] } },
    select: { days: true, dietary: true, accessibility: true, afternoonActivities: true },
  });
  const perDay = new Map<string, number>();
  const dietary = new Map<string, number>();
  for (const person of people) {
    for (const day of person.days) perDay.set(day, (perDay.get(day) ?? 0) + 1);
    const need = person.dietary?.trim().toLowerCase();
    if (need) dietary.set(need, (dietary.get(need) ?? 0) + 1);
  }
  return {
    people: people.length,
    perDay: [...perDay.entries()].sort(([a], [b]) => a.localeCompare(b)),
    dietary: [...dietary.entries()].sort(([, a], [, b]) => b - a),
    accessibility: people.map((p) => p.accessibility?.trim()).filter((need): need is string => Boolean(need)),
    afternoons: people.filter((p) => p.afternoonActivities).length,
  };
}
