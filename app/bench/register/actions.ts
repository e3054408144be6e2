"use server";

import { createHash, randomBytes, randomUUID } from "node:crypto";
import { benchQuery, benchTransaction as transaction } from "../sql";

// The baseline for the registration benchmarks: registering and confirming as bare server
// actions running the same SQL as the real services through the bare driver: no validation library, no ORM,
// no templates, no rate limit. Both refuse to run unless the server was started with
// BENCH_ROUTES=1, so they do nothing on a real site.

const hash = (token: string) => createHash("sha256").update(token).digest("hex");

export async function benchRegister(_previous: unknown, formData: FormData): Promise<{ ok: boolean }> {
  const name = String(formData.get("name") ?? "");
  const email = String(formData.get("email") ?? "")
    .trim()
    .toLowerCase();
  const now = new Date();
  const token = randomBytes(32).toString("base64url");
  await transaction(async (client) => {
    const edition = (await client.query(`SELECT id FROM "Edition" WHERE slug = 'bare' AND published`)).rows[0] as {
      id: string;
    };
    const existing = await client.query(`SELECT id FROM "Registration" WHERE "editionId" = $1 AND email = $2`, [
      edition.id,
      email,
    ]);
    if (existing.rowCount) return;
    const id = randomUUID();
    await client.query(
      `INSERT INTO "Registration" (id, "editionId", status, name, email, city, country, experience, interests, days, "codeOfConductAt", "createdAt", "updatedAt", "pendingExpiresAt")
       VALUES ($1, $2, 'pending', $3, $4, 'Pescara', 'Italy', 'few', '{orm}', '{2031-05-01}', $5, $5, $5, $5)`,
      [id, edition.id, name, email, now],
    );
    await client.query(
      `INSERT INTO "RegistrationToken" (id, "registrationId", purpose, "tokenHash", "expiresAt", "createdAt") VALUES ($1, $2, 'confirm', $3, $4, $4)`,
      [randomUUID(), id, hash(token), new Date(now.getTime() + 86_400_000)],
    );
    await client.query(
      `INSERT INTO "RegistrationToken" (id, "registrationId", purpose, "tokenHash", "expiresAt", "createdAt") VALUES ($1, $2, 'manage', $3, $4, $4)`,
      [randomUUID(), id, hash(randomBytes(32).toString("base64url")), now],
    );
    await client.query(
      `INSERT INTO "OutboxMessage" (id, template, "toAddress", data, "nextAttemptAt", "createdAt") VALUES ($1, 'registration-confirm', $2, jsonb_build_object('confirmUrl', $3::text), $4, $4)`,
      [randomUUID(), email, `/registrations/confirm/${token}`, now],
    );
  });
  return { ok: true };
}

export async function benchConfirm(token: string): Promise<{ status: string }> {
  const now = new Date();
  return transaction(async (client) => {
    const found = (
      await client.query(
        `SELECT t.id, t."registrationId", r."editionId", r.email, e.capacity FROM "RegistrationToken" t JOIN "Registration" r ON r.id = t."registrationId" JOIN "Edition" e ON e.id = r."editionId" WHERE t."tokenHash" = $1 AND t.purpose = 'confirm'`,
        [hash(token)],
      )
    ).rows[0] as { id: string; registrationId: string; editionId: string; email: string; capacity: number } | undefined;
    if (!found) return { status: "invalid" };
    await client.query(`SELECT set_config('lock_timeout', '3s', true), pg_advisory_xact_lock(hashtext($1))`, [
      `edition:${found.editionId}`,
    ]);
    const spent = await client.query(
      `UPDATE "RegistrationToken" SET "usedAt" = $1 WHERE id = $2 AND "usedAt" IS NULL`,
      [now, found.id],
    );
    if (spent.rowCount === 0) return { status: "used" };
    const counts = (
      await client.query(
        // Counted as registration_seats counts: only the rows of the statuses counted, by index.
        `SELECT (SELECT count(*) FROM "Registration" WHERE "editionId" = $1 AND status IN ('confirmed', 'offered') AND (status = 'confirmed' OR "offerExpiresAt" IS NULL OR "offerExpiresAt" > $2))::int AS taken, (SELECT count(*) FROM "Registration" WHERE "editionId" = $1 AND status = 'waitlisted')::int AS waiting`,
        [found.editionId, now],
      )
    ).rows[0] as { taken: number; waiting: number };
    const confirmed = counts.taken < found.capacity && counts.waiting === 0;
    if (confirmed) {
      await client.query(
        `UPDATE "Registration" SET status = 'confirmed', "confirmedAt" = $2, "pendingExpiresAt" = NULL, "updatedAt" = $2 WHERE id = $1`,
        [found.registrationId, now],
      );
    } else {
      await client.query(
        `UPDATE "Registration" SET status = 'waitlisted', "waitlistedAt" = $2, "waitlistNumber" = (SELECT coalesce(max("waitlistNumber"), 0) + 1 FROM "Registration" WHERE "editionId" = $3), "pendingExpiresAt" = NULL, "updatedAt" = $2 WHERE id = $1`,
        [found.registrationId, now, found.editionId],
      );
    }
    await client.query(
      `INSERT INTO "RegistrationToken" (id, "registrationId", purpose, "tokenHash", "expiresAt", "createdAt") VALUES ($1, $2, 'manage', $3, $4, $4)`,
      [randomUUID(), found.registrationId, hash(randomBytes(32).toString("base64url")), now],
    );
    await client.query(
      `INSERT INTO "OutboxMessage" (id, template, "toAddress", data, "nextAttemptAt", "createdAt") VALUES ($1, $2, $3, jsonb_build_object('manageUrl', 'x'), $4, $4)`,
      [randomUUID(), confirmed ? "registration-confirmed" : "registration-waitlisted", found.email, now],
    );
    return { status: confirmed ? "confirmed" : "waitlisted" };
  });
}

/**
 * The physical limit (issue 31): the same confirmation as one call of bench_confirm (created by
 * the benchmark's seed, bench/seed.ts), so the edition's lock is held only inside the database.
 */
export async function benchConfirmOneStatement(token: string): Promise<{ status: string }> {
  const { rows } = await benchQuery<{ status: string }>(`SELECT bench_confirm($1, $2, $3) AS status`, [
    hash(token),
    hash(randomBytes(32).toString("base64url")),
    new Date().toISOString(),
  ]);
  return { status: rows[0]!.status };
}
