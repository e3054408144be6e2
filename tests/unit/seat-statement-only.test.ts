import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

// Every change of who holds a seat goes through one statement (lib/features/registration/
// seat-statement.ts, which calls registration_seat_change in the database). This test reads the
// code and keeps it so: no other file writes a registration's status or counts seats.

const SEAT_MODULE = "lib/features/registration/seat-statement.ts";
const SEAT_MIGRATION = "prisma/migrations/20261206110000_seat_statement/migration.sql";
// Selection by application replaces parts of the statement (new change kinds): the same one writer.
const APPLICATIONS_MIGRATION = "prisma/migrations/20261208000000_applications/migration.sql";
// Issue 31: the seat count reads only the rows of the statuses it counts.
const SEAT_COUNT_MIGRATION = "prisma/migrations/20261209000000_seat_count_by_status/migration.sql";
// Issue 31: the helpers in PL/pgSQL (plans kept), and Confirm's one call (the link's lookup, then the same statement).
const CACHED_PLANS_MIGRATION = "prisma/migrations/20261210000000_seat_statement_cached_plans/migration.sql";
const CONFIRM_MIGRATION = "prisma/migrations/20261210100000_confirm_statement/migration.sql";
// Issue 31: the decisions read the seats held and whether anyone waits; only a place in the queue counts it.
const WAITING_ONCE_MIGRATION = "prisma/migrations/20261211000000_seat_count_waiting_once/migration.sql";
const SEAT_MIGRATIONS = [
  SEAT_MIGRATION,
  APPLICATIONS_MIGRATION,
  SEAT_COUNT_MIGRATION,
  CACHED_PLANS_MIGRATION,
  CONFIRM_MIGRATION,
  WAITING_ONCE_MIGRATION,
];
// The benchmark's baselines do the same SQL by hand on purpose (they compile only into a bench build).
const LEFT_OUT = [/^lib\/generated\//, /^app\/bench\//];
/** Status writes that change no seat, each with its reason. */
const ALLOWED = {
  // A registration that holds no seat (pending, cancelled, lapsed) starts over as pending; the
  // statement's WHERE refuses one that holds a seat, so a confirmation meanwhile keeps its place.
  "lib/features/registration/register-for-edition.ts": 1,
};

const REGISTRATION_TABLE = String.raw`(?:ONLY\s+)?(?:\w+\.)?\\?"Registration\\?"`;

/** What in `source` writes a registration's status or counts seats, one entry each. */
export function seatWrites(source: string): string[] {
  const found: string[] = [];
  // UPDATE "Registration" … SET …status… (up to its WHERE or the end of the statement's text).
  for (const match of source.matchAll(
    new RegExp(String.raw`UPDATE\s+${REGISTRATION_TABLE}([\s\S]*?)(?:\bWHERE\b|\bRETURNING\b|$|\x60)`, "g"),
  ))
    if (/\bSET\b[\s\S]*?\bstatus\b\s*[=,)]/.test(match[1]!)) found.push(`SQL status write: ${match[0].slice(0, 80)}`);
  // INSERT INTO "Registration" … ON CONFLICT … DO UPDATE SET …status…
  for (const match of source.matchAll(
    new RegExp(
      String.raw`INSERT\s+INTO\s+${REGISTRATION_TABLE}[\s\S]*?DO\s+UPDATE\s+SET([\s\S]*?)(?:\bWHERE\b|\bRETURNING\b|$|\x60)`,
      "g",
    ),
  ))
    if (/\bstatus\b\s*[=,)]/.test(match[1]!)) found.push(`SQL status write on conflict: ${match[0].slice(0, 80)}`);
  // Prisma: registration.update/updateMany/upsert/createMany whose data names status (shorthand too).
  for (const match of source.matchAll(/\bregistration\.(?:update|updateMany|upsert)\(/g)) {
    const call = source.slice(match.index, match.index + 600);
    const data = call.slice(call.search(/\b(?:data|update)\s*:/));
    if (/\b(?:data|update)\s*:/.test(call) && /[{,]\s*status\s*[:,}]/.test(data))
      found.push(`Prisma status write: ${call.slice(0, 60)}`);
  }
  if (/\bregistration_seat_change\s*\(|\bregistration_seats(?:_held)?\s*\(|\bregistration_confirm\s*\(/.test(source))
    found.push("calls the seat statement");
  // Seat arithmetic: an offer holds its seat until "offerExpiresAt", so counting seats names it.
  for (const match of source.matchAll(/count\([^)]*\)\s*FILTER\s*\(WHERE[^)]*"offerExpiresAt"/g))
    found.push(`seat count: ${match[0].slice(0, 80)}`);
  return found;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.(ts|tsx|mts|mjs|js|cjs|sql)$/.test(entry.name))
    .map((entry) => path.relative(process.cwd(), path.join(entry.parentPath, entry.name)));
}

describe("the seat statement is the only writer of seats", () => {
  it("finds a status write or a seat count in each form it can take (so the scan below can fail)", () => {
    const forms = [
      "sql.run(SQL`UPDATE \"Registration\" SET status = 'confirmed' WHERE id = ${id}`)",
      'SQL`UPDATE "Registration" r SET "updatedAt" = now(), status = ${s}::"RegistrationStatus"`',
      'UPDATE ONLY public."Registration" SET (status, "updatedAt") = (\'expired\', now()) WHERE id = $1',
      'const q = "UPDATE \\"Registration\\" SET status = \'expired\'";',
      "INSERT INTO \"Registration\" AS r (id) VALUES ($1) ON CONFLICT (id) DO UPDATE SET status = 'pending' WHERE r.id = $1",
      'db().registration.updateMany({ where: { id }, data: { status: "expired" } })',
      "db().registration.update({ where: { id }, data: { status } })",
      'tx.registration.updateMany({ where: { id }, data: { updatedAt: now, edition: { connect: { id } }, status: "cancelled" } })',
      "SQL`SELECT * FROM registration_seats(${id}, ${now})`",
      "SQL`SELECT taken FROM registration_seats_held(${id}, ${now})`",
      `SELECT count(r.id) FILTER (WHERE r.status = 'offered' AND r."offerExpiresAt" > now()) FROM "Registration" r`,
    ];
    for (const form of forms) expect(seatWrites(form), form).toHaveLength(1);
  });

  it("lets through what changes no seat", () => {
    expect(
      seatWrites(
        'SQL`UPDATE "Registration" SET "stillComingSentAt" = ${now} WHERE id = ${id} AND status = \'confirmed\'`',
      ),
    ).toEqual([]);
    expect(
      seatWrites('db().registration.updateMany({ where: { status: "confirmed" }, data: { stillComingSentAt: now } })'),
    ).toEqual([]);
  });

  it("holds for the application's code and migrations", () => {
    const files = ["app", "lib", "components", "scripts", "prisma"]
      .flatMap(sourceFiles)
      .filter(
        (file) => ![SEAT_MODULE, ...SEAT_MIGRATIONS].includes(file) && !LEFT_OUT.some((pattern) => pattern.test(file)),
      );
    expect(files.length).toBeGreaterThan(100);
    const found = new Map(files.map((file) => [file, seatWrites(readFileSync(file, "utf8"))]));
    // Migrations before the seat statement changed statuses once, as data migrations: not code that runs again.
    const offenders = [...found]
      .filter(
        ([file, writes]) =>
          writes.length > 0 &&
          !file.startsWith("prisma/migrations/") &&
          ALLOWED[file as keyof typeof ALLOWED] !== writes.length,
      )
      .map(([file, writes]) => `${file}: ${writes.join("; ")}`);
    expect(offenders).toEqual([]);
    for (const [file, count] of Object.entries(ALLOWED)) expect(found.get(file), file).toHaveLength(count);
    const laterMigrations = [...found].filter(
      ([file, writes]) => file.startsWith("prisma/migrations/") && file > SEAT_MIGRATION && writes.length > 0,
    );
    expect(laterMigrations).toEqual([]);
    expect(seatWrites(readFileSync(SEAT_MODULE, "utf8"))).not.toEqual([]);
    for (const migration of SEAT_MIGRATIONS) expect(seatWrites(readFileSync(migration, "utf8"))).not.toEqual([]);
  });
});

describe("the emails the seat statement queues", () => {
  it("name templates the worker knows (a wrong name would fail every such email at send time)", async () => {
    const { templates } = await import("@/lib/server/mail-templates");
    const named = SEAT_MIGRATIONS.flatMap((migration) =>
      [...readFileSync(migration, "utf8").matchAll(/'(registration-[a-z-]+)'/g)].map((m) => m[1]!),
    );
    expect(new Set(named)).toEqual(
      new Set([
        "registration-offer",
        "registration-waitlisted",
        "registration-confirmed",
        "registration-cancelled",
        "registration-applied",
        "registration-accepted",
        "registration-declined",
      ]),
    );
    for (const name of named) expect(Object.keys(templates)).toContain(name);
    // Importing the registry loads every feature: seconds on busy cores.
  }, 30_000);
});
