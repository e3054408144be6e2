// `npm run bench -- --focus admin [--rows 10000 --seconds 15 --connections 8]`: the admin's registrations
// list on an edition with 10,000 registrations, against a bare Next page running the same queries
// through `pg` (app/bench/…, which exists only with BENCH_ROUTES=1), in the same run, on one
// production build. Needs DATABASE_URL pointing at a local PostgreSQL server (a throwaway
// database is created on it and dropped).
import { randomBytes } from "node:crypto";
import { parseArgs } from "node:util";
import type autocannon from "autocannon";
import pg from "pg";
import { dropDatabase } from "../../tests/fixtures/local-database";
import { migratedThrowawayDatabase } from "../support/database";
import { buildAndStart, load } from "../support/next-server";

const { values } = parseArgs({
  options: {
    rows: { type: "string", default: "10000" },
    seconds: { type: "string", default: "15" },
    connections: { type: "string", default: "8" },
  },
});

async function seed(url: string, rows: number) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const edition = "bench-edition";
  await client.query(
    `INSERT INTO "Edition" (id, slug, name, city, country, "venueName", "venueAddress", "timeZone", "startsOn", "endsOn", capacity, published, "updatedAt")
    VALUES ($1, 'open', 'Django on the Med: Benchmark', 'Bench Bay', 'Benchland', 'Venue', 'Bench Bay', 'Europe/Rome', '2031-05-01', '2031-05-03', 5000, true, now())`,
    [edition],
  );
  await client.query(
    `INSERT INTO "Registration" (id, "editionId", status, name, email, city, country, experience, interests, days, "codeOfConductAt", "createdAt", "updatedAt", "confirmedAt")
    SELECT 'r' || i, $1, (CASE WHEN i % 10 = 0 THEN 'waitlisted' WHEN i % 7 = 0 THEN 'pending' ELSE 'confirmed' END)::"RegistrationStatus",
      'Person ' || i, 'person' || i || '@example.org', 'City ' || (i % 50), 'Italy', 'few', ARRAY['orm'], ARRAY['2031-05-01'],
      now(), now() - (i || ' seconds')::interval, now(), now()
    FROM generate_series(1, $2) AS i`,
    [edition, rows],
  );
  const sessionToken = randomBytes(32).toString("hex");
  await client.query(`INSERT INTO "User" (id, email) VALUES ('bench-user', 'organizer@example.org')`);
  await client.query(
    `INSERT INTO "Session" (id, "sessionToken", "userId", expires) VALUES ('bench-session', $1, 'bench-user', now() + interval '1 day')`,
    [sessionToken],
  );
  await client.query("ANALYZE");
  await client.end();
  return { edition, cookie: `next-auth.session-token=${sessionToken}` };
}

async function waitFor(url: string, headers: Record<string, string>, expect: string) {
  for (let i = 0; i < 120; i += 1) {
    try {
      const response = await fetch(url, { headers, redirect: "manual" });
      const text = await response.text();
      if (response.status === 200 && text.includes(expect)) return;
      if (response.status !== 200 && i > 20) throw new Error(`${url} answered ${response.status}`);
    } catch (error) {
      if (i > 20 && !(error instanceof TypeError)) throw error;
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`${url} never answered with "${expect}"`);
}

async function main() {
  const url = await migratedThrowawayDatabase("dotm_bench_admin");
  let stop = async () => {};
  try {
    const rows = Number(values.rows);
    const { edition, cookie } = await seed(url, rows);
    const started = await buildAndStart(3200, { DATABASE_URL: url });
    stop = started.stop;
    const { base } = started;

    const admin = { url: `${base}/admin/editions/${edition}/registrations`, headers: { cookie } };
    const bare = { url: `${base}/bench/registrations/${edition}`, headers: { cookie } };
    await waitFor(admin.url, admin.headers, "person1@example.org");
    await waitFor(bare.url, bare.headers, "person1@example.org");
    const seconds = Number(values.seconds);
    const connections = Number(values.connections);
    const run = (target: typeof admin, duration: number) =>
      load({ url: target.url, headers: target.headers, connections, duration });
    await run(admin, 3); // warm-up
    await run(bare, 3);
    const results: Record<string, autocannon.Result[]> = { admin: [], bare: [] };
    for (let round = 0; round < 2; round += 1) {
      results.bare!.push(await run(bare, seconds));
      results.admin!.push(await run(admin, seconds));
    }
    const summary = (name: string) => {
      const runs = results[name]!;
      const rps = runs.reduce((sum, r) => sum + r.requests.average, 0) / runs.length;
      const p99 = Math.max(...runs.map((r) => r.latency.p99));
      const p50 = runs.reduce((sum, r) => sum + r.latency.p50, 0) / runs.length;
      const non2xx = runs.reduce((sum, r) => sum + r.non2xx + r.errors, 0);
      return { rps: Math.round(rps), p50: Math.round(p50), p99: Math.round(p99), non2xx };
    };
    const a = summary("admin");
    const b = summary("bare");
    console.log(`\nRegistrations list, ${rows} rows, ${values.connections} connections, 2 × ${seconds} s each:`);
    console.log(
      `  admin page (auth, Prisma, counts, filters): ${a.rps} req/s, p50 ${a.p50} ms, p99 ${a.p99} ms, errors ${a.non2xx}`,
    );
    console.log(
      `  bare Next page (pg, the same queries):      ${b.rps} req/s, p50 ${b.p50} ms, p99 ${b.p99} ms, errors ${b.non2xx}`,
    );
    console.log(`  admin / bare: ${Math.round((a.rps / b.rps) * 100)} % (target ≥ 75 %)`);
  } finally {
    await stop();
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
