import { revalidatePath } from "next/cache";

/**
 * Marks every cached public page out of date after a write that shows on them (a place taken or
 * released, an edition edited, an outcome or a journal post): each is rendered again, from the
 * database, on its next visit. Call it from the server action that wrote.
 *
 * Pages read the database directly when they render, with no data cache between: Next 16
 * compares a tag's expiry (Date.now()) with performance.timeOrigin + performance.now(), which
 * can lag it, so a page rendered moments after a write could take a cached read that is not yet
 * "expired" and keep the old figure for the next minute.
 */
export function publicPagesChanged(): void {
  revalidatePath("/", "layout");
}
