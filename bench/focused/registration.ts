// `npm run bench -- --focus registration [--people 600 --capacity 500 --concurrency 20]`: registers and
// confirms N people through the real services (Prisma, the edition lock, the outbox), then runs
// the same writes as hand-written SQL through the driver as a baseline, in the same run.
// Uses a throwaway database on DATABASE_URL's local server, or an in-memory PGlite.
import { randomUUID } from "node:crypto";
import { parseArgs } from "node:util";
import pg from "pg";
import { percentile, runPool } from "../support/pool";
import { fixedClock } from "../../lib/platform/clock";
import { applyMigrations, sqlRunner } from "../../lib/platform/database/migrate";
import { db, dbAdapter, disconnectDb } from "../../lib/platform/db";
import { newToken } from "../../lib/platform/security/tokens";
import { confirmRegistration } from "../../lib/features/registration/confirm-registration";
import { registerForEdition } from "../../lib/features/registration/register-for-edition";
import { createThrowawayDatabase, dropDatabase } from "../../tests/fixtures/local-database";
import type { RegistrationForm } from "../../lib/features/registration/schemas";

const { values } = parseArgs({
  options: {
    people: { type: "string", default: "600" },
    capacity: { type: "string", default: "500" },
    concurrency: { type: "string", default: "20" },
  },
});
const people = Number(values.people);
const capacity = Number(values.capacity);
const concurrency = Number(values.concurrency);

const form = (i: number): RegistrationForm => ({
  name: `Person ${i}`,
  email: `person${i}@example.org`,
  city: "Pescara",
  country: "Italy",
  affiliation: null,
  experience: "few",
  interests: ["orm"],
  hopes: null,
  days: ["2031-05-01"],
  dietary: null,
  accessibility: null,
  afternoonActivities: false,
  publicListing: false,
  canHelpSetUp: false,
  newsletterOptIn: false,
  githubUsername: null,
  codeOfConduct: "on",
  applicationAnswer: null,
  needsVisaLetter: false,
  website: "",
});

async function main() {
  const server = process.env.DATABASE_URL;
  const url = server ? await createThrowawayDatabase(server, "dotm_bench") : undefined;
  if (url) process.env.DATABASE_URL = url;
  else process.env.PGLITE_DATA_DIR = "memory://";
  const migrations = sqlRunner(dbAdapter());
  await applyMigrations(migrations);
  if (dbAdapter().kind === "postgres") await migrations.close(); // PGlite's runner is the app's own instance
  const clock = fixedClock(new Date("2031-02-01T10:00:00Z"));
  const edition = await db().edition.create({
    data: {
      slug: "open",
      name: "Django on the Med: Benchmark",
      city: "Bench Bay",
      country: "Italy",
      venueName: "Venue",
      venueAddress: "Bench Bay",
      timeZone: "Europe/Rome",
      startsOn: new Date("2031-05-01"),
      endsOn: new Date("2031-05-03"),
      capacity,
      published: true,
      registrationOpensAt: new Date("2031-01-01"),
      registrationClosesAt: new Date("2031-04-24"),
    },
  });

  const register = await runPool(people, concurrency, (i) => registerForEdition("open", form(i), clock));
  const outbox = await db().outboxMessage.findMany({
    where: { template: "registration-confirm" },
    select: { data: true },
  });
  // The outbox holds each message's template data (rendered by the worker at send time).
  const confirmUrl = (data: unknown) => (data as { confirmUrl: string }).confirmUrl;
  const tokens = outbox.map((m) => /\/registrations\/confirm\/([A-Za-z0-9_-]{43})/.exec(confirmUrl(m.data))![1]!);
  const storedData = JSON.stringify(outbox[0]!.data);
  const confirm = await runPool(tokens.length, concurrency, (i) => confirmRegistration(tokens[i]!, clock));
  const counts = Object.fromEntries(
    (await db().registration.groupBy({ by: ["status"], _count: true })).map((row) => [row.status, row._count]),
  );
  const duplicates = people - (await db().registration.count());

  // Baseline: the same transactions as plain SQL through the driver.
  await db().$executeRawUnsafe(`TRUNCATE "Registration", "RegistrationToken", "OutboxMessage" CASCADE`);
  const raw = rawTransactions();
  const now = clock.now();
  const baseRegister = await runPool(people, concurrency, (i) =>
    raw.transaction([
      [
        `SELECT id, status FROM "Registration" WHERE "editionId" = $1 AND email = $2`,
        [edition.id, `person${i}@example.org`],
      ],
      [
        `INSERT INTO "Registration" (id, "editionId", status, name, email, city, country, experience, interests, days, "codeOfConductAt", "createdAt", "updatedAt", "pendingExpiresAt")
        VALUES ($1, $2, 'pending', $3, $4, 'Pescara', 'Italy', 'few', '{orm}', '{2031-05-01}', $5, $5, $5, $5)`,
        [`r${i}`, edition.id, `Person ${i}`, `person${i}@example.org`, now],
      ],
      [
        `INSERT INTO "RegistrationToken" (id, "registrationId", purpose, "tokenHash", "expiresAt", "createdAt") VALUES ($1, $2, 'confirm', $3, $4, $4)`,
        [randomUUID(), `r${i}`, newToken().hash, now],
      ],
      [
        `INSERT INTO "RegistrationToken" (id, "registrationId", purpose, "tokenHash", "expiresAt", "createdAt") VALUES ($1, $2, 'manage', $3, $4, $4)`,
        [randomUUID(), `r${i}`, newToken().hash, now],
      ],
      [
        `INSERT INTO "OutboxMessage" (id, template, "toAddress", data, "nextAttemptAt", "createdAt") VALUES ($1, 'registration-confirm', $2, $3::jsonb, $4, $4)`,
        [randomUUID(), `person${i}@example.org`, storedData, now],
      ],
    ]),
  );
  const baseConfirm = await runPool(people, concurrency, (i) =>
    raw.transaction([
      [`SELECT pg_advisory_xact_lock(hashtext($1))`, [`edition:${edition.id}`]],
      [
        `UPDATE "RegistrationToken" SET "usedAt" = $1 WHERE "registrationId" = $2 AND purpose = 'confirm' AND "usedAt" IS NULL`,
        [now, `r${i}`],
      ],
      [`SELECT id, status FROM "Registration" WHERE id = $1`, [`r${i}`]],
      [
        `SELECT count(*) FROM "Registration" WHERE "editionId" = $1 AND (status = 'confirmed' OR (status = 'offered' AND "offerExpiresAt" > $2))`,
        [edition.id, now],
      ],
      [`SELECT count(*) FROM "Registration" WHERE "editionId" = $1 AND status = 'waitlisted'`, [edition.id]],
      [
        `UPDATE "Registration" SET status = CASE WHEN $2 < ${capacity} THEN 'confirmed'::"RegistrationStatus" ELSE 'waitlisted'::"RegistrationStatus" END, "updatedAt" = $3 WHERE id = $1`,
        [`r${i}`, i, now],
      ],
      [
        `INSERT INTO "RegistrationToken" (id, "registrationId", purpose, "tokenHash", "expiresAt", "createdAt") VALUES ($1, $2, 'manage', $3, $4, $4)`,
        [randomUUID(), `r${i}`, newToken().hash, now],
      ],
      [
        `INSERT INTO "OutboxMessage" (id, template, "toAddress", data, "nextAttemptAt", "createdAt") VALUES ($1, 'registration-confirmed', $2, $3::jsonb, $4, $4)`,
        [randomUUID(), `person${i}@example.org`, storedData, now],
      ],
    ]),
  );
  await raw.close();

  const report = (label: string, ours: typeof register, base: typeof register) => ({
    operation: label,
    opsPerSecond: ours.opsPerSecond,
    p50ms: percentile(ours.latencies, 50),
    p99ms: percentile(ours.latencies, 99),
    errors: ours.errors,
    baselineOpsPerSecond: base.opsPerSecond,
    baselineP99ms: percentile(base.latencies, 99),
    ratio: Number((ours.opsPerSecond / base.opsPerSecond).toFixed(2)),
  });
  console.log(
    JSON.stringify(
      {
        database: dbAdapter().kind,
        people,
        capacity,
        concurrency,
        results: [report("register", register, baseRegister), report("confirm", confirm, baseConfirm)],
        outcome: { ...counts, duplicates, oversold: Math.max((counts.confirmed ?? 0) - capacity, 0) },
      },
      null,
      2,
    ),
  );

  await disconnectDb();
  if (url) await dropDatabase(url);
}

/** One transaction at a time per connection, as plain SQL through the driver. */
function rawTransactions() {
  const choice = dbAdapter();
  if (choice.kind === "pglite") {
    return {
      transaction: (steps: [string, unknown[]][]) =>
        choice.pglite.transaction(async (tx) => {
          for (const [sql, params] of steps) await tx.query(sql, params);
        }),
      close: async () => {},
    };
  }
  const pool =
    choice.kind === "postgres" ? new pg.Pool({ connectionString: choice.connectionString, max: 10 }) : choice.pool;
  return {
    transaction: async (steps: [string, unknown[]][]) => {
      const client = await pool.connect();
      try {
        await client.query("BEGIN");
        for (const [sql, params] of steps) await client.query(sql, params);
        await client.query("COMMIT");
      } catch (error) {
        await client.query("ROLLBACK");
        throw error;
      } finally {
        client.release();
      }
    },
    close: () => pool.end(),
  };
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
