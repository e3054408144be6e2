import type { Organizer } from "../../platform/auth/organizer";
import { clock as appClock, type Clock } from "../../platform/clock";
import { db } from "../../platform/db";
import { log } from "../../platform/log";
import { audit } from "../organizers";
import { tracRowFields } from "./refresh-board";
import { servicesFromEnv, type BoardOptions } from "./services";
import { fetchTracRows, tracQueryUrl, type QueryUrlProblem } from "./trac-query";
import { MAX_BOARD_TICKETS } from "./wording";

export type ImportAnswer =
  | { ok: true; added: number; alreadyThere: number; leftOut: number }
  | { ok: false; problem: "no-such-edition" }
  | { ok: false; problem: "query-url"; reason: QueryUrlProblem }
  | { ok: false; problem: "trac-failed"; detail: string };

/**
 * Every ticket a Trac query lists, onto the board: the query is asked again on TRAC_URL with our
 * columns, all rows and CSV, and read by column name. Tickets already there are counted and left
 * as they are; a Trac that fails changes nothing.
 */
export async function importTracQuery(
  organizer: Organizer,
  editionId: string,
  pastedUrl: string,
  options: BoardOptions & { clock?: Clock } = {},
): Promise<ImportAnswer> {
  const clock = options.clock ?? appClock();
  const services = options.services ?? servicesFromEnv();
  const query = tracQueryUrl(pastedUrl, services.tracUrl);
  if (!query.ok) return { ok: false, problem: "query-url", reason: query.problem };
  const edition = await db().edition.findUnique({ where: { id: editionId }, select: { id: true } });
  if (!edition) return { ok: false, problem: "no-such-edition" };
  const answer = await fetchTracRows(query.url, options.fetchImpl);
  if (!answer.ok) {
    log.warn("ticket-board.import-failed", { editionId, detail: answer.detail });
    return { ok: false, problem: "trac-failed", detail: answer.detail };
  }
  const now = clock.now();
  const listed = answer.rows.filter((row) => /^\d{1,7}$/.test(row.id?.trim() ?? ""));
  return db().$transaction(async (tx) => {
    // A broad query (max=0 asks for every row) must not bury the board: it holds MAX_BOARD_TICKETS.
    const room = Math.max(0, MAX_BOARD_TICKETS - (await tx.boardTicket.count({ where: { editionId } })));
    const rows = listed.slice(0, room);
    const { count } = await tx.boardTicket.createMany({
      data: rows.map((row) => ({
        editionId,
        source: "trac" as const,
        repository: "",
        number: Number(row.id),
        ...tracRowFields(row),
        refreshedAt: now,
        createdAt: now,
      })),
      skipDuplicates: true,
    });
    await audit(
      organizer,
      "board.import",
      `edition:${editionId}`,
      { query: query.url, listed: listed.length, added: count },
      { tx, clock },
    );
    return { ok: true as const, added: count, alreadyThere: rows.length - count, leftOut: listed.length - rows.length };
  });
}
