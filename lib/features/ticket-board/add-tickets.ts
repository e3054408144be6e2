import type { Organizer } from "../../platform/auth/organizer";
import { clock as appClock, type Clock } from "../../platform/clock";
import { db } from "../../platform/db";
import { audit } from "../organizers";
import { parsePastedTickets, refKey, type PastedLine } from "./paste";
import { refreshTickets, type BoardRefreshReport } from "./refresh-board";
import { servicesFromEnv, type BoardOptions } from "./services";

export type AddTicketsAnswer =
  | { ok: true; added: number; alreadyThere: number; repeated: number; refresh: BoardRefreshReport }
  | { ok: false; problem: "no-such-edition" }
  | { ok: false; problem: "bad-lines"; lines: PastedLine[] };

/**
 * Pasted tickets onto an edition's board: every line must be a ticket (else nothing is added and
 * each bad line is named); repeats and tickets already there are skipped and counted. The new
 * ones are then read from Trac and GitHub (their summary and state).
 */
export async function addPastedTickets(
  organizer: Organizer,
  editionId: string,
  text: string,
  options: BoardOptions & { clock?: Clock } = {},
): Promise<AddTicketsAnswer> {
  const clock = options.clock ?? appClock();
  const services = options.services ?? servicesFromEnv();
  const edition = await db().edition.findUnique({ where: { id: editionId }, select: { outcomeRepositories: true } });
  if (!edition) return { ok: false, problem: "no-such-edition" };
  const pasted = parsePastedTickets(text, { tracUrl: services.tracUrl, repositories: edition.outcomeRepositories });
  if (pasted.refused.length > 0) return { ok: false, problem: "bad-lines", lines: pasted.refused };
  const now = clock.now();
  const added = await db().$transaction(async (tx) => {
    const existing = await tx.boardTicket.findMany({
      where: { editionId },
      select: { source: true, repository: true, number: true },
    });
    const there = new Set(existing.map(refKey));
    const fresh = pasted.tickets.filter((ticket) => !there.has(refKey(ticket)));
    await tx.boardTicket.createMany({
      data: fresh.map((ticket) => ({ editionId, ...ticket, summary: "", createdAt: now })),
      skipDuplicates: true,
    });
    await audit(
      organizer,
      "board.add",
      `edition:${editionId}`,
      { added: fresh.map((ticket) => `${ticket.repository}#${ticket.number}`) },
      { tx, clock },
    );
    return fresh;
  });
  const ids = await db().boardTicket.findMany({
    where: { editionId, OR: added.map(({ source, repository, number }) => ({ source, repository, number })) },
    select: { id: true },
  });
  const refresh =
    added.length > 0
      ? await refreshTickets(
          ids.map((row) => row.id),
          { ...options, services, clock },
        )
      : { checked: 0, changed: 0, problems: 0, rateLimited: false };
  return {
    ok: true,
    added: added.length,
    alreadyThere: pasted.tickets.length - added.length,
    repeated: pasted.repeated.length,
    refresh,
  };
}
