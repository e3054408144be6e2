import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

// Every change of who holds a seat goes through one statement (lib/features/registration/
// seat-statement.ts, which calls registration_seat_change in the database). This test reads the
// code and keeps it so: no other file writes a registration's status or counts seats.

const SEAT_MODULE = "lib/features/registration/seat-statement.ts";
// The benchmark's baselines do the same SQL by hand on purpose (they compile only into a bench build).
const LEFT_OUT = [/^lib\/generated\//, /^app\/bench\//];

/** What in `source` writes a registration's status or counts seats, one line each. */
export function seatWrites(source: string): string[] {
  const found: string[] = [];
  for (const match of source.matchAll(/UPDATE\s+"Registration"[^`;]*?\bSET\b([^`;]*?)(\bWHERE\b|`|;)/g))
    if (/(^|[\s,(])"?status"?\s*=/.test(match[1]!)) found.push(`SQL status write: ${match[0].slice(0, 80)}`);
  for (const match of source.matchAll(/\bregistration\.(update|updateMany|upsert|createMany)\(\s*\{[\s\S]*?\}\s*\)/g))
    if (/\bdata:\s*\{[^}]*\bstatus\s*:/.test(match[0])) found.push(`Prisma status write: ${match[0].slice(0, 80)}`);
  if (/\bregistration_seat_change\s*\(|\bregistration_seats\s*\(/.test(source)) found.push("calls the seat statement");
  // Seat arithmetic: an offer holds its seat until "offerExpiresAt", so counting seats names it.
  for (const match of source.matchAll(/count\([^)]*\)\s*FILTER\s*\(WHERE[^)]*"offerExpiresAt"/g))
    found.push(`seat count: ${match[0].slice(0, 80)}`);
  return found;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.(ts|tsx|mjs)$/.test(entry.name))
    .map((entry) => path.relative(process.cwd(), path.join(entry.parentPath, entry.name)));
}

describe("the seat statement is the only writer of seats", () => {
  it("finds a status write or a seat count in each form it can take (so the scan below can fail)", () => {
    expect(seatWrites("sql.run(SQL`UPDATE \"Registration\" SET status = 'confirmed' WHERE id = ${id}`)")).toHaveLength(
      1,
    );
    expect(
      seatWrites('SQL`UPDATE "Registration" r SET "updatedAt" = now(), status = ${s}::"RegistrationStatus"`'),
    ).toHaveLength(1);
    expect(seatWrites('db().registration.updateMany({ where: { id }, data: { status: "expired" } })')).toHaveLength(1);
    expect(seatWrites("SQL`SELECT * FROM registration_seats(${id}, ${now})`")).toHaveLength(1);
    expect(
      seatWrites(
        `SELECT count(r.id) FILTER (WHERE r.status = 'offered' AND r."offerExpiresAt" > now()) FROM "Registration" r`,
      ),
    ).toHaveLength(1);
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

  it("holds for the application's code", () => {
    const files = ["app", "lib", "components", "scripts"]
      .flatMap(sourceFiles)
      .filter((file) => file !== SEAT_MODULE && !LEFT_OUT.some((pattern) => pattern.test(file)));
    expect(files.length).toBeGreaterThan(100);
    const offenders = files.flatMap((file) => seatWrites(readFileSync(file, "utf8")).map((what) => `${file}: ${what}`));
    expect(offenders).toEqual([]);
    expect(seatWrites(readFileSync(SEAT_MODULE, "utf8"))).not.toEqual([]);
  });
});
