import { createHash, randomBytes } from "node:crypto";

/** What the seed needs of a database connection: `pg`'s Client and PGlite both fit. */
export type Sql = { query(text: string, params?: unknown[]): Promise<{ rows: Record<string, unknown>[] }> };

export type BenchData = { editionId: string; cookie: string; confirmTokens: { ours: string[][]; bare: string[][] } };

const hash = (token: string) => createHash("sha256").update(token).digest("hex");

/** The benchmark's own open edition's slug: the seed's editions are past (or a sample). */
export const BENCH_EDITION = "open";

/** The benchmark servers' clock (CLOCK_START): inside the registration window of every edition the seed opens. */
export const BENCH_CLOCK_START = "2031-01-15T09:00:00Z";

/**
 * Inserts a published edition with registration open at the benchmark's clock (BENCH_CLOCK_START), on
 * dates of its own: the benchmarks never borrow a real edition's.
 */
export async function insertOpenEdition(sql: Sql, id: string, name: string, capacity: number): Promise<void> {
  await sql.query(
    `INSERT INTO "Edition" (id, slug, name, city, country, "venueName", "venueAddress", "timeZone", "startsOn", "endsOn", "registrationOpensAt", "registrationClosesAt", capacity, published, summary, description, "updatedAt")
     VALUES ($1, $1, $2, 'Bench Bay', 'Benchland', 'The Bench Hall', '1 Load Street, Bench Bay', 'Europe/Rome', '2031-05-01', '2031-05-03', '2031-01-01', '2031-04-24', $3, true,
       'An edition the benchmark makes for itself.', 'Three mornings of sprinting, **8:00–14:00 with breakfast**, and free afternoons.', now())`,
    [id, name, capacity],
  );
}

/**
 * A realistic data set on top of the seeded series (past editions) and the benchmark's own open
 * edition: 10,000
 * registrations in every status, 5,000 subscribers, sent announcements, an organizer's session,
 * and pending registrations whose confirmation links the confirmation scenario presses.
 */
export async function seedBenchData(sql: Sql, { runs, perRun }: { runs: number; perRun: number }): Promise<BenchData> {
  await insertOpenEdition(sql, BENCH_EDITION, "Django on the Med: Benchmark", 30);
  const editions = (await sql.query(`SELECT id, slug, capacity FROM "Edition"`)).rows as {
    id: string;
    slug: string;
    capacity: number;
  }[];
  const open = editions.find((edition) => edition.slug === BENCH_EDITION)!;
  // The bare register action writes to an edition of its own, alike.
  await insertOpenEdition(sql, "bare", "Django on the Med: Benchmark (bare)", 30);
  const counts: Record<string, number> = { [BENCH_EDITION]: 6_000, palafrugell: 4_000 };
  for (const edition of editions) {
    const total = counts[edition.slug] ?? 0;
    await sql.query(
      `INSERT INTO "Registration" (id, "editionId", status, name, email, city, country, experience, interests, days, "codeOfConductAt", "createdAt", "updatedAt", "confirmedAt", "waitlistedAt", "waitlistNumber", "cancelledAt", "publicListing")
       SELECT $1 || '-r' || i, $1,
         (CASE WHEN i <= $3 THEN 'confirmed' WHEN i <= $3 + 1000 THEN 'waitlisted' WHEN i % 3 = 0 THEN 'cancelled' WHEN i % 3 = 1 THEN 'expired' ELSE 'pending' END)::"RegistrationStatus",
         'Person ' || i, $2 || '-person' || i || '@example.org', 'City ' || (i % 80), 'Italy', 'few', ARRAY['orm', 'docs'], ARRAY['2031-05-01'],
         now(), now() - (i || ' minutes')::interval, now(),
         CASE WHEN i <= $3 THEN now() END,
         CASE WHEN i > $3 AND i <= $3 + 1000 THEN now() - (i || ' seconds')::interval END,
         CASE WHEN i > $3 AND i <= $3 + 1000 THEN i - $3 END,
         CASE WHEN i > $3 + 1000 AND i % 3 = 0 THEN now() END,
         i % 4 = 0
       FROM generate_series(1, $4::int) AS i`,
      [edition.id, edition.slug, edition.capacity, total],
    );
  }
  await sql.query(`INSERT INTO "Subscriber" (id, email, name, status, "createdAt", "updatedAt", "confirmedAt")
    SELECT 's' || i, 'subscriber' || i || '@example.org', 'Subscriber ' || i, 'confirmed', now(), now(), now() FROM generate_series(1, 5000) AS i`);
  await sql.query(`INSERT INTO "Announcement" (id, slug, subject, body, status, "createdAt", "updatedAt", "sendStartedAt", "sentAt", "recipientCount")
    SELECT 'a' || i, 'news-' || i, 'News number ' || i, E'Registration is **open**.\\n\\nSee you by the sea, [details](https://example.org/' || i || ').', 'sent', now(), now(), now(), now() - (i || ' days')::interval, 5000
    FROM generate_series(1, 12) AS i`);

  const sessionToken = randomBytes(32).toString("hex");
  await sql.query(`INSERT INTO "User" (id, email) VALUES ('bench-user', 'organizer@example.org')`);
  await sql.query(
    `INSERT INTO "Session" (id, "sessionToken", "userId", expires) VALUES ('bench-session', $1, 'bench-user', now() + interval '1 day')`,
    [sessionToken],
  );

  const confirmTokens = { ours: [] as string[][], bare: [] as string[][] };
  for (const side of ["ours", "bare"] as const) {
    for (let run = 0; run < runs + 1; run += 1) {
      const tokens = Array.from({ length: perRun }, () => randomBytes(32).toString("base64url"));
      const prefix = `${side}-${run}`;
      await sql.query(
        `INSERT INTO "Registration" (id, "editionId", status, name, email, city, country, experience, interests, days, "codeOfConductAt", "createdAt", "updatedAt", "pendingExpiresAt")
         SELECT $2 || '-p' || i, $1, 'pending', 'Confirming ' || i, $2 || '-confirming' || i || '@example.org', 'Pescara', 'Italy', 'few', ARRAY['orm'], ARRAY['2031-05-01'], now(), now(), now(), '2031-06-01'
         FROM generate_series(1, $3::int) AS i`,
        [open.id, prefix, perRun],
      );
      await sql.query(
        `INSERT INTO "RegistrationToken" (id, "registrationId", purpose, "tokenHash", "expiresAt", "createdAt")
         SELECT 't-' || $1 || '-' || n, $1 || '-p' || n, 'confirm', h, '2031-06-01', now() FROM unnest($2::text[]) WITH ORDINALITY AS t(h, n)`,
        [prefix, tokens.map(hash)],
      );
      confirmTokens[side].push(tokens);
    }
  }
  await sql.query("ANALYZE");
  return { editionId: open.id, cookie: `next-auth.session-token=${sessionToken}`, confirmTokens };
}

/**
 * The physical limit of a confirmation (issue 31): the bare confirmation's statements in one
 * database function, so one call decides and writes under the edition's lock. It writes what
 * ours writes (the status, a manage link, an outbox row with template and data the worker can
 * send) and nothing else: no newsletter, no offers, no answers given since.
 */
export async function createOneStatementConfirm(sql: Sql): Promise<void> {
  await sql.query(`CREATE OR REPLACE FUNCTION bench_confirm(p_token_hash text, p_manage_hash text, p_now timestamp)
RETURNS text LANGUAGE plpgsql AS $$
DECLARE
  link record;
  counts record;
  placed boolean;
BEGIN
  SELECT t.id, t."registrationId", r."editionId", r.email, r.name, e.capacity INTO link
  FROM "RegistrationToken" t JOIN "Registration" r ON r.id = t."registrationId" JOIN "Edition" e ON e.id = r."editionId"
  WHERE t."tokenHash" = p_token_hash AND t.purpose = 'confirm';
  IF NOT FOUND THEN RETURN 'invalid'; END IF;
  PERFORM set_config('lock_timeout', '3s', true), pg_advisory_xact_lock(hashtext('edition:' || link."editionId"));
  UPDATE "RegistrationToken" SET "usedAt" = p_now WHERE id = link.id AND "usedAt" IS NULL;
  IF NOT FOUND THEN RETURN 'used'; END IF;
  -- Counted as registration_seats counts: only the rows of the statuses counted, by index.
  SELECT (SELECT count(*) FROM "Registration" WHERE "editionId" = link."editionId" AND status IN ('confirmed', 'offered')
      AND (status = 'confirmed' OR "offerExpiresAt" IS NULL OR "offerExpiresAt" > p_now))::int AS taken,
    (SELECT count(*) FROM "Registration" WHERE "editionId" = link."editionId" AND status = 'waitlisted')::int AS waiting INTO counts;
  placed := counts.taken < link.capacity AND counts.waiting = 0;
  IF placed THEN
    UPDATE "Registration" SET status = 'confirmed', "confirmedAt" = p_now, "pendingExpiresAt" = NULL, "updatedAt" = p_now WHERE id = link."registrationId";
  ELSE
    UPDATE "Registration" SET status = 'waitlisted', "waitlistedAt" = p_now, "pendingExpiresAt" = NULL, "updatedAt" = p_now,
      "waitlistNumber" = (SELECT coalesce(max("waitlistNumber"), 0) + 1 FROM "Registration" WHERE "editionId" = link."editionId")
    WHERE id = link."registrationId";
  END IF;
  INSERT INTO "RegistrationToken" (id, "registrationId", purpose, "tokenHash", "expiresAt", "createdAt")
  VALUES (gen_random_uuid()::text, link."registrationId", 'manage', p_manage_hash, p_now + interval '200 days', p_now);
  INSERT INTO "OutboxMessage" (id, template, "toAddress", "toName", data, "nextAttemptAt", "createdAt")
  VALUES (gen_random_uuid()::text, CASE WHEN placed THEN 'registration-confirmed' ELSE 'registration-waitlisted' END, link.email, link.name,
    jsonb_build_object('name', link.name, 'editionName', 'Django on the Med: Opening day', 'dates', '1–3 May 2031',
      'manageUrl', 'http://localhost/registrations/manage/bench', 'position', counts.waiting + 1), p_now, p_now);
  RETURN CASE WHEN placed THEN 'confirmed' ELSE 'waitlisted' END;
END $$`);
}
