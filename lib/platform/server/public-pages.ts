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

/**
 * Places taken or released through the public links (a confirmation, a cancellation, an offer
 * taken) mark nothing out of date: the pages that count places (the home page, the edition's
 * page) are rendered again in the background every SEAT_COUNT_REFRESH_S seconds instead, and
 * say so. On opening day every confirmation would otherwise have the most read page rendered
 * again from the database, again and again, exactly when it is read most (npm run bench --
 * --only opening: the readers' rate fell to about half of reading alone). The seat itself is
 * decided under the edition's lock, never from a page.
 */
export const SEAT_COUNT_REFRESH_S = 5;
