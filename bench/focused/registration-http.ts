// `npm run bench -- --focus registration-http [--people 600 --capacity 500 --connections 10]`: registering
// and confirming over HTTP, as browsers call the server actions, on PostgreSQL, against bare Next
// server actions running the same SQL through `pg` (app/bench/register), in the same run on one
// production build. Reports requests/s, p99 and the outcome (no oversell, no duplicate).
// Needs DATABASE_URL pointing at a local PostgreSQL server.
import { parseArgs } from "node:util";
import pg from "pg";
import { dropDatabase } from "../../tests/fixtures/local-database";
import { migratedThrowawayDatabase } from "../support/database";
import { actionId, actionRequest, buildAndStart, load } from "../support/next-server";
import { registrationForm } from "../support/forms";

const { values } = parseArgs({
  options: {
    people: { type: "string", default: "600" },
    capacity: { type: "string", default: "500" },
    connections: { type: "string", default: "10" },
  },
});
const people = Number(values.people);
const capacity = Number(values.capacity);
const connections = Number(values.connections);

async function main() {
  const url = await migratedThrowawayDatabase("dotm_bench_http");
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  for (const slug of ["open", "bare"]) {
    await client.query(
      `INSERT INTO "Edition" (id, slug, name, city, country, "venueName", "venueAddress", "timeZone", "startsOn", "endsOn", "registrationOpensAt", "registrationClosesAt", capacity, published, "updatedAt")
       VALUES ($1, $1, 'Django on the Med: Benchmark', 'Bench Bay', 'Benchland', 'Venue', 'Bench Bay', 'Europe/Rome', '2031-05-01', '2031-05-03', '2031-01-01', '2031-04-24', $2, true, now())`,
      [slug, capacity],
    );
  }
  const { base, stop } = await buildAndStart(3201, { DATABASE_URL: url, CLOCK_START: "2031-02-01T10:00:00Z" });
  try {
    const ids = {
      register: actionId("app/(site)/(personal)/editions/[slug]/register/actions.ts", "registerAction"),
      confirm: actionId("app/(site)/(personal)/registrations/confirm/[token]/actions.ts", "confirmAction"),
      bareRegister: actionId("app/bench/register/actions.ts", "benchRegister"),
      bareConfirm: actionId("app/bench/register/actions.ts", "benchConfirm"),
    };
    const form = (prefix: string, i: number) => registrationForm(`Person ${i}`, `${prefix}${i}@example.org`);
    const tokensFor = async (slug: string) => {
      const rows = await client.query<{ text: string }>(
        `SELECT COALESCE(o.data->>'confirmUrl', o.text) AS text FROM "OutboxMessage" o WHERE o.template = 'registration-confirm' AND o."toAddress" IN (SELECT email FROM "Registration" WHERE "editionId" = $1)`,
        [slug],
      );
      return rows.rows.map((row) => /\/registrations\/confirm\/([A-Za-z0-9_-]{43})/.exec(row.text)![1]!);
    };
    const run = async (side: "ours" | "bare") => {
      const slug = side === "ours" ? "open" : "bare";
      // One call first, so a broken request fails loudly instead of being counted.
      const probe =
        side === "ours"
          ? actionRequest(ids.register, ["open", { status: "idle" }], form("probe", 0))
          : actionRequest(ids.bareRegister, [null], form("probe", 0));
      const answer = await fetch(side === "ours" ? `${base}/editions/open/register` : `${base}/bench/register`, {
        method: "POST",
        body: probe.body,
        headers: probe.headers,
      });
      const text = await answer.text();
      if (!answer.ok || (side === "ours" && !text.includes("Check your email")))
        throw new Error(`${side} register answered ${answer.status}: ${text.slice(0, 300)}`);
      await client.query(`DELETE FROM "Registration" WHERE email = 'probe0@example.org'`);
      await client.query(`DELETE FROM "OutboxMessage" WHERE "toAddress" = 'probe0@example.org'`);
      const register = await load({
        url: side === "ours" ? `${base}/editions/open/register` : `${base}/bench/register`,
        connections,
        amount: people,
        body: (i) =>
          side === "ours"
            ? actionRequest(ids.register, ["open", { status: "idle" }], form("p", i))
            : actionRequest(ids.bareRegister, [null], form("b", i)),
      });
      const tokens = await tokensFor(slug);
      if (tokens.length < people)
        throw new Error(
          `${side}: ${people} registrations sent, ${tokens.length} confirmation links found (non-2xx ${register.non2xx}, errors ${register.errors}, ${register.requests.total} requests)`,
        );
      const confirm = await load({
        url: side === "ours" ? `${base}/registrations/confirm/x` : `${base}/bench/register`,
        connections,
        amount: tokens.length,
        body: (i) =>
          side === "ours" ? actionRequest(ids.confirm, [tokens[i], {}]) : actionRequest(ids.bareConfirm, [tokens[i]]),
      });
      const counts = Object.fromEntries(
        (
          await client.query<{ status: string; n: number }>(
            `SELECT status, count(*)::int AS n FROM "Registration" WHERE "editionId" = $1 GROUP BY status`,
            [slug],
          )
        ).rows.map((r) => [r.status, r.n]),
      );
      const distinct = (
        await client.query<{ n: number }>(
          `SELECT count(DISTINCT email)::int AS n FROM "Registration" WHERE "editionId" = $1`,
          [slug],
        )
      ).rows[0]!.n;
      return {
        register,
        confirm,
        counts,
        duplicates: people - distinct,
        oversold: Math.max(0, (counts.confirmed ?? 0) - capacity),
        tokens: tokens.length,
      };
    };
    // Warm both paths on a few throwaway calls, then measure the bare side first and ours second.
    const bare = await run("bare");
    const ours = await run("ours");
    const line = (label: string, r: Awaited<ReturnType<typeof load>>) =>
      `${label}: ${Math.round(r.requests.average)} req/s, p50 ${r.latency.p50} ms, p99 ${r.latency.p99} ms, non-2xx ${r.non2xx}, errors ${r.errors}`;
    console.log(`\n${people} people, capacity ${capacity}, ${connections} connections, PostgreSQL:`);
    console.log(`  ${line("register (ours)", ours.register)}`);
    console.log(`  ${line("register (bare)", bare.register)}`);
    console.log(`  ${line("confirm  (ours)", ours.confirm)}`);
    console.log(`  ${line("confirm  (bare)", bare.confirm)}`);
    console.log(
      `  ours / bare: register ${Math.round((ours.register.requests.average / bare.register.requests.average) * 100)} %, confirm ${Math.round((ours.confirm.requests.average / bare.confirm.requests.average) * 100)} % (target ≥ 65 %)`,
    );
    console.log(
      `  outcome (ours): ${JSON.stringify(ours.counts)}, links ${ours.tokens}, duplicates ${ours.duplicates}, oversold ${ours.oversold}`,
    );
    console.log(
      `  outcome (bare): ${JSON.stringify(bare.counts)}, links ${bare.tokens}, duplicates ${bare.duplicates}, oversold ${bare.oversold}`,
    );
  } finally {
    await stop();
    await client.end();
    await dropDatabase(url).catch(() => {});
  }
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
