import { createHash } from "node:crypto";
import { clock as appClock, type Clock } from "../clock";
import { SQL, iso } from "../database/statements";
import { db, statements } from "../db";
import { env } from "../env";
import { clientKey } from "./client-key";

type Limit = { points: number; duration: number };

/** Per client address, per email address or site-wide (the key "site"); counters live in the database, shared by instances. */
export const LIMITS = {
  "register-address": { points: 20, duration: 10 * 60 },
  "register-email": { points: 3, duration: 60 * 60 },
  "subscribe-address": { points: 20, duration: 10 * 60 },
  "subscribe-email": { points: 10, duration: 60 * 60 },
  "privacy-address": { points: 10, duration: 10 * 60 },
  "host-address": { points: 5, duration: 60 * 60 },
  "host-email": { points: 3, duration: 24 * 60 * 60 },
  "journal-removal-address": { points: 10, duration: 60 * 60 },
  // A survey link is one person's: its own tries. Per address, room for a whole venue behind one
  // NAT answering at the closing (with retries), so one guest cannot lock the others out.
  "survey-link": { points: 10, duration: 10 * 60 },
  "survey-address": { points: 300, duration: 10 * 60 },
  // A PDF from the manage page (a certificate, a visa letter) is rendered again on each download.
  "pdf-download": { points: 10, duration: 10 * 60 },
  // Site-wide: with no trusted client address, one client could otherwise ask without end.
  "journal-removal-site": { points: 30, duration: 60 * 60 },
  // Checking a typed name against a certificate: per client, and per certificate so that many
  // clients together cannot try name after name on one.
  "certificate-name-address": { points: 20, duration: 10 * 60 },
  "certificate-name-id": { points: 20, duration: 60 * 60 },
  "sign-in-email": { points: 20, duration: 60 * 60 },
  "sign-in-site": { points: 100, duration: 60 * 60 },
  // A solved challenge is accepted once: this counter outlives the challenge (challenge.ts).
  "challenge-solution": { points: 1, duration: 10 * 60 },
  // Keyed by the form whose mail budget is spent: one alert an hour for each.
  "mail-budget-alert": { points: 1, duration: 60 * 60 },
} satisfies Record<string, Limit>;

export type LimitName = keyof typeof LIMITS;

/** A limit and the key it counts; a null key (no trusted client address) is not counted. */
export type Attempt = [LimitName, string | null];

// Keys are stored hashed: a counter must not keep an email address (or a client address).
const storedKey = (name: LimitName, key: string) => `${name}:${createHash("sha256").update(key).digest("base64url")}`;

/**
 * Counts one attempt against each key, in one statement, and answers false when any of them
 * has used up its allowance for the current window. A window starts with a key's first
 * attempt and lasts the limit's duration; concurrent attempts are all counted (the increment
 * happens in the database).
 */
export async function allowAttempts(attempts: Attempt[], clock: Clock = appClock()): Promise<boolean> {
  const counted = attempts.filter((attempt): attempt is [LimitName, string] => attempt[1] !== null);
  if (counted.length === 0) return true;
  const now = clock.now();
  const rows = counted.map(([name, key]) => ({
    key: storedKey(name, key),
    expire: new Date(now.getTime() + LIMITS[name].duration * 1000),
    limit: LIMITS[name].points,
  }));
  // Plain SQL: every registration and subscription passes here first.
  const counts = await statements().rows<{
    key: string;
    points: number;
  }>(SQL`INSERT INTO "RateLimiterFlexible" AS counter (key, points, expire)
     SELECT key, 1, expire::timestamptz AT TIME ZONE 'UTC' FROM unnest(${rows.map((row) => row.key)}::text[], ${rows.map((row) => iso(row.expire))}::text[]) AS attempt(key, expire)
     ON CONFLICT (key) DO UPDATE SET
       points = CASE WHEN counter.expire <= ${iso(now)}::timestamptz AT TIME ZONE 'UTC' THEN 1 ELSE counter.points + 1 END,
       expire = CASE WHEN counter.expire <= ${iso(now)}::timestamptz AT TIME ZONE 'UTC' THEN excluded.expire ELSE counter.expire END
     RETURNING key, points`);
  const limitOf = new Map(rows.map((row) => [row.key, row.limit]));
  return counts.every((count) => count.points <= limitOf.get(count.key)!);
}

/**
 * Counts the attempts one after another, narrowest first, and stops at the first refusal: an
 * attempt that its own key refuses spends nothing of a wider one, so flooding one key cannot
 * use up a budget that others share.
 */
export async function allowAttemptsInTurn(attempts: Attempt[], clock: Clock = appClock()): Promise<boolean> {
  for (const attempt of attempts) if (!(await allowAttempts([attempt], clock))) return false;
  return true;
}

/** Counts one attempt against one key: false when it has used up its allowance for now. */
export function allowAttempt(name: LimitName, key: string, clock?: Clock): Promise<boolean> {
  return allowAttempts([[name, key]], clock);
}

/** Drops counters whose window has ended (housekeeping): an expired window counts for nothing. */
export async function forgetExpiredCounters(clock: Clock = appClock()): Promise<{ expiredCountersPurged: number }> {
  const { count } = await db().rateLimiterFlexible.deleteMany({ where: { expire: { lte: clock.now() } } });
  return { expiredCountersPurged: count };
}

/**
 * The client's key (its IPv4 address or its IPv6 /64) from the address the trusted reverse proxy
 * reports (TRUSTED_PROXY_HEADER), or null without one: any other header could be set by the
 * client itself.
 */
export function clientAddress(headers: Headers, proxyHeader = env().trustedProxyHeader): string | null {
  if (!proxyHeader) return null;
  const value = headers.get(proxyHeader);
  // Proxies append the address they saw: the last entry is the one our proxy wrote.
  const last = value?.split(",").at(-1)?.trim();
  return last ? clientKey(last) : null;
}
