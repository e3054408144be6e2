import { count } from "../../platform/text/count";

type HeldCounts = { confirmed: number; offered: number };

/**
 * What organizers are told once the capacity was lowered below the places already held: nobody
 * loses a place, and no place or offer is given until the count is under the capacity again.
 * Null while the places held fit.
 */
export function overCapacityNote(capacity: number, { confirmed, offered }: HeldCounts): string | null {
  const over = confirmed + offered - capacity;
  if (over <= 0) return null;
  return `${count(over, "person", "people")} over capacity: ${confirmed + offered} hold a place or an offer for ${capacity} places. Nobody loses theirs; no place or offer is given until fewer than ${capacity} hold one.`;
}
