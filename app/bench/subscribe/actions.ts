"use server";

import { createHash, randomBytes, randomUUID } from "node:crypto";
import { benchTransaction } from "../sql";

// Baseline for subscribing: the same rows the real action writes (subscriber, consent event,
// confirmation token, outbox message) through the bare driver; no validation, rate limit or
// templates. Refuses to run unless the server was started with BENCH_ROUTES=1.
export async function benchSubscribe(_previous: unknown, formData: FormData): Promise<{ ok: boolean }> {
  const email = String(formData.get("email") ?? "")
    .trim()
    .toLowerCase();
  const now = new Date();
  const token = randomBytes(32).toString("base64url");
  await benchTransaction(async (client) => {
    await client.query(`SELECT pg_advisory_xact_lock(hashtext($1))`, [`address:${email}`]);
    const existing = (await client.query<{ id: string }>(`SELECT id FROM "Subscriber" WHERE email = $1`, [email]))
      .rows[0];
    const id = existing?.id ?? randomUUID();
    if (!existing)
      await client.query(
        `INSERT INTO "Subscriber" (id, email, status, "createdAt", "updatedAt", "recentConfirmMails") VALUES ($1, $2, 'pending', $3, $3, ARRAY[$3::timestamp])`,
        [id, email, now],
      );
    await client.query(
      `INSERT INTO "ConsentEvent" (id, "subscriberId", kind, source, "wordingVersion", at) VALUES ($1, $2, 'requested', 'newsletter-page', 'bench', $3)`,
      [randomUUID(), id, now],
    );
    await client.query(
      `INSERT INTO "SubscriberToken" (id, "subscriberId", purpose, "tokenHash", "expiresAt", "createdAt") VALUES ($1, $2, 'confirm', $3, $4, $4)`,
      [randomUUID(), id, createHash("sha256").update(token).digest("hex"), now],
    );
    await client.query(
      `INSERT INTO "OutboxMessage" (id, template, "toAddress", data, "nextAttemptAt", "createdAt") VALUES ($1, 'newsletter-confirm', $2, jsonb_build_object('confirmUrl', $3::text), $4, $4)`,
      [randomUUID(), email, `/newsletter/confirm/${token}`, now],
    );
  });
  return { ok: true };
}
