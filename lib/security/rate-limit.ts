import { createHash } from "node:crypto";
import { RateLimiterPrisma, RateLimiterRes } from "rate-limiter-flexible";
import { db } from "../db";
import { env } from "../env";

type Limit = { points: number; duration: number };

/** Per client address and per email address; counters live in the database, shared by instances. */
export const LIMITS = {
  "register-address": { points: 20, duration: 10 * 60 },
  "register-email": { points: 3, duration: 60 * 60 },
  "subscribe-address": { points: 20, duration: 10 * 60 },
  "subscribe-email": { points: 10, duration: 60 * 60 },
  "privacy-address": { points: 10, duration: 10 * 60 },
  "host-address": { points: 5, duration: 60 * 60 },
  "host-email": { points: 3, duration: 24 * 60 * 60 },
  "journal-removal-address": { points: 10, duration: 60 * 60 },
} satisfies Record<string, Limit>;

export type LimitName = keyof typeof LIMITS;

const holder = globalThis as typeof globalThis & { __dotmLimiters?: Map<LimitName, RateLimiterPrisma> };

function limiter(name: LimitName): RateLimiterPrisma {
  holder.__dotmLimiters ??= new Map();
  let found = holder.__dotmLimiters.get(name);
  if (!found) {
    found = new RateLimiterPrisma({ storeClient: db(), keyPrefix: name, ...LIMITS[name], clearExpiredByTimeout: false });
    holder.__dotmLimiters.set(name, found);
  }
  return found;
}

/**
 * Counts one attempt; false when the key has used up its allowance for now. Keys are stored
 * hashed: a counter must not keep an email address (or a client address) in the database.
 */
export async function allowAttempt(name: LimitName, key: string): Promise<boolean> {
  try {
    await limiter(name).consume(createHash("sha256").update(key).digest("base64url"));
    return true;
  } catch (error) {
    if (error instanceof RateLimiterRes) return false;
    throw error;
  }
}

/**
 * The client's address as the trusted reverse proxy reports it (TRUSTED_PROXY_HEADER), or null
 * without one: any other header could be set by the client itself.
 */
export function clientAddress(headers: Headers): string | null {
  const name = env().trustedProxyHeader;
  if (!name) return null;
  const value = headers.get(name);
  // Proxies append the address they saw: the last entry is the one our proxy wrote.
  const last = value?.split(",").at(-1)?.trim();
  return last || null;
}
