/** GitHub's search allows this many requests a minute: its own limit, apart from the hourly one. */
export const SEARCHES_PER_MINUTE = { anonymous: 10, withToken: 30 } as const;

/** What GitHub's x-ratelimit headers said after a search: searches left, and when the window reopens. */
export type SearchRate = { remaining: number | null; resetAt: Date | null };

export function readSearchRate(headers: Headers): SearchRate {
  const remaining = Number.parseInt(headers.get("x-ratelimit-remaining") ?? "", 10);
  const reset = Number.parseInt(headers.get("x-ratelimit-reset") ?? "", 10);
  return {
    remaining: Number.isFinite(remaining) ? remaining : null,
    resetAt: Number.isFinite(reset) && reset > 0 ? new Date(reset * 1000) : null,
  };
}

export type SearchBudget = {
  /** Whether one more search fits in the current minute; never waits. */
  canAsk(now: Date): boolean;
  spend(rate: SearchRate | null, now: Date): void;
  /** GitHub refused (or asked us to wait): nothing more until `until`. */
  refuse(until: Date | null, now: Date): void;
  /** When the spent budget comes back; null while searches are left. */
  resumesAt(): Date | null;
};

/**
 * The searches left this minute, read on the app's clock: a run asks while some are left and
 * stops, never sleeps; the next run goes on. GitHub's headers, when present, correct the count
 * (another process or another edition may have spent part of the same limit).
 */
export function searchBudget(hasToken: boolean): SearchBudget {
  const limit: number = hasToken ? SEARCHES_PER_MINUTE.withToken : SEARCHES_PER_MINUTE.anonymous;
  let remaining = limit;
  let windowEndsAt: number | null = null;
  const roll = (now: Date) => {
    if (windowEndsAt === null || now.getTime() >= windowEndsAt) {
      windowEndsAt = now.getTime() + 60_000;
      remaining = limit;
    }
  };
  return {
    canAsk(now) {
      roll(now);
      return remaining > 0;
    },
    spend(rate, now) {
      roll(now);
      remaining -= 1;
      if (rate?.remaining != null) remaining = rate.remaining;
      if (rate?.resetAt) windowEndsAt = rate.resetAt.getTime();
    },
    refuse(until, now) {
      remaining = 0;
      windowEndsAt = (until ?? new Date(now.getTime() + 60_000)).getTime();
    },
    resumesAt: () => (remaining > 0 || windowEndsAt === null ? null : new Date(windowEndsAt)),
  };
}
