import { unstable_cache } from "next/cache";

/** Tags that writes revalidate (with updateTag in server actions). */
export const CACHE_TAGS = {
  /** Every edition's published content: admin edits and publishing. */
  editions: "editions",
  /** Seats left, waiting list and the public attendee list: any registration change. */
  availability: "availability",
  /** Outcomes and their statuses: attendee and organizer edits, status refreshes. */
  outcomes: "outcomes",
  /** Published journal posts. */
  journal: "journal",
} as const;

const DATE_KEYS = new Set(["startsOn", "endsOn", "registrationOpensAt", "registrationClosesAt", "updatedAt", "createdAt", "confirmedAt", "sentAt", "postedAt", "publishedAt", "statusCheckedAt"]);

/** Next's data cache stores JSON: dates come back as strings and are turned back into Dates. */
export function reviveDates<T>(value: T): T {
  if (value instanceof Date) return value;
  if (Array.isArray(value)) return value.map(reviveDates) as T;
  if (value && typeof value === "object") {
    return Object.fromEntries(
      Object.entries(value).map(([key, inner]) => [key, DATE_KEYS.has(key) && typeof inner === "string" ? new Date(inner) : reviveDates(inner)]),
    ) as T;
  }
  return value;
}

/**
 * A read shared by every visitor of this instance until a write revalidates its tag (at once,
 * on the instance that wrote) or `revalidate` seconds pass (the bound for other instances and
 * for changes made by background jobs). Outside a Next server (tests, scripts) it just reads.
 */
export function sharedRead<Args extends string[], Result>(
  key: string,
  read: (...args: Args) => Promise<Result>,
  options: { tags: string[]; revalidate: number },
): (...args: Args) => Promise<Result> {
  const cached = unstable_cache(read, [key], options);
  return async (...args: Args) => {
    try {
      return reviveDates(await cached(...args));
    } catch (error) {
      if (error instanceof Error && error.message.startsWith("Invariant: incrementalCache missing")) return read(...args);
      throw error;
    }
  };
}
