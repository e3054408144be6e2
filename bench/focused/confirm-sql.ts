// `npm run bench -- --focus confirm-sql [--presses 1000]`: the database's side of one
// confirmation, one press after another on an idle server (no HTTP, no load): ours
// (confirmRegistration: one call of registration_confirm) against the benchmark's one-statement
// baseline (bench_confirm), alternating, on the opening day's data. Needs DATABASE_URL (a local
// PostgreSQL server: a throwaway database is made and dropped).
import { createHash, randomBytes } from "node:crypto";
import { performance } from "node:perf_hooks";
import { parseArgs } from "node:util";
import pg from "pg";
import { fixedClock } from "../../lib/platform/clock";
import { db, disconnectDb } from "../../lib/platform/db";
import { confirmRegistration } from "../../lib/features/registration/confirm-registration";
import "../../lib/server/mail-templates";
import { dropDatabase } from "../../tests/fixtures/local-database";
import { migratedThrowawayDatabase } from "../support/database";
import { seedOpeningDay } from "../opening-day";
import { createOneStatementConfirm } from "../seed";

const { values } = parseArgs({ options: { presses: { type: "string", default: "1000" } } });
const PRESSES = Number(values.presses);
const ROUNDS = 3;
const hash = (token: string) => createHash("sha256").update(token).digest("hex");

async function timed(count: number, press: (i: number) => Promise<unknown>): Promise<number> {
  const started = performance.now();
  for (let i = 0; i < count; i += 1) await press(i);
  return (performance.now() - started) / count;
}

async function main() {
  const url = await migratedThrowawayDatabase("dotm_bench_confirm");
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const tokens = await seedOpeningDay(client, 2 * ROUNDS * PRESSES);
    await createOneStatementConfirm(client);
    // Prisma's client owns the pool the statements share: connected, its disconnect ends the pool.
    await db().$connect();
    const clock = fixedClock(new Date("2031-02-01T10:00:00Z"));
    for (let round = 0; round < ROUNDS; round += 1) {
      const first = 2 * round * PRESSES;
      const ours = await timed(PRESSES, (i) => confirmRegistration(tokens[first + i]!, clock));
      const baseline = await timed(PRESSES, (i) =>
        client.query(`SELECT bench_confirm($1, $2, $3)`, [
          hash(tokens[first + PRESSES + i]!),
          hash(randomBytes(32).toString("base64url")),
          clock.now().toISOString(),
        ]),
      );
      console.log(
        `round ${round + 1}: ours ${ours.toFixed(2)} ms a confirmation, one-statement baseline ${baseline.toFixed(2)} ms`,
      );
    }
  } finally {
    await client.end();
    await disconnectDb({ forGood: true });
    await dropDatabase(url);
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
