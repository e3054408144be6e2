import { createHash, randomBytes } from "node:crypto";

/** What the seed needs of a database connection: `pg`'s Client and PGlite both fit. */
export type Sql = { query(text: string, params?: unknown[]): Promise<{ rows: Record<string, unknown>[] }> };

export type BenchData = { pescaraId: string; cookie: string; confirmTokens: { ours: string[][]; bare: string[][] } };

const hash = (token: string) => createHash("sha256").update(token).digest("hex");

/**
 * A realistic data set on top of the seeded series (Palafrugell and Pescara): 10,000
 * registrations in every status, 5,000 subscribers, sent announcements, an organizer's session,
 * and pending registrations whose confirmation links the confirmation scenario presses.
 */
export async function seedBenchData(sql: Sql, { runs, perRun }: { runs: number; perRun: number }): Promise<BenchData> {
  const editions = (await sql.query(`SELECT id, slug, capacity FROM "Edition"`)).rows as {
    id: string;
    slug: string;
    capacity: number;
  }[];
  const pescara = editions.find((edition) => edition.slug === "pescara")!;
  // The bare register action writes to its own copy of Pescara.
  await sql.query(`INSERT INTO "Edition" (id, slug, name, city, country, "venueName", "venueAddress", "timeZone", "startsOn", "endsOn", "registrationOpensAt", "registrationClosesAt", capacity, published, "updatedAt")
    SELECT 'bare', 'bare', name, city, country, "venueName", "venueAddress", "timeZone", "startsOn", "endsOn", "registrationOpensAt", "registrationClosesAt", capacity, true, now() FROM "Edition" WHERE slug = 'pescara'`);
  const counts: Record<string, number> = { pescara: 6_000, palafrugell: 4_000 };
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
        [pescara.id, prefix, perRun],
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
  return { pescaraId: pescara.id, cookie: `next-auth.session-token=${sessionToken}`, confirmTokens };
}
