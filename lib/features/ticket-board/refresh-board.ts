import type { TicketState } from "../../generated/prisma/enums";
import { clock as appClock, type Clock } from "../../platform/clock";
import { db } from "../../platform/db";
import { env } from "../../platform/env";
import { log } from "../../platform/log";
import { fetchGitHubIssue } from "./github-issue";
import { servicesFromEnv, type BoardOptions } from "./services";
import { tracState } from "./trac-state";
import { fetchTracRows, tracTicketsUrl, type TracRow } from "./trac-query";
import { REFRESH_WORDING } from "./wording";

export type BoardRefreshReport = { checked: number; changed: number; problems: number; rateLimited: boolean };
type Options = BoardOptions & { clock?: Clock };
type Ticket = { id: string; source: "trac" | "github"; repository: string; number: number; state: TicketState };

const DAY_MS = 24 * 60 * 60_000;
/** Scheduled refreshes look at each ticket about once a day, as the outcome statuses' do. */
const RECHECK_AFTER_MS = 20 * 60 * 60_000;
const SCHEDULED_GITHUB_BATCH = 20;

// GitHub's rate limit pauses this process's scheduled board refreshes until its reset time.
const holder = globalThis as typeof globalThis & { __dotmBoardPause?: number };

/** Test-only: forgets a rate limit's pause. */
export function resumeScheduledBoardRefresh(): void {
  holder.__dotmBoardPause = undefined;
}

/** The fields of a ticket a Trac row sets. */
export function tracRowFields(row: TracRow) {
  const { state, resolution } = tracState({
    status: row.status ?? "",
    resolution: row.resolution,
    has_patch: row.has_patch,
    needs_better_patch: row.needs_better_patch,
    stage: row.stage,
  });
  const optional = (value: string | undefined) => value?.trim() || null;
  return {
    summary: (row.summary ?? "").trim().slice(0, 500),
    state,
    resolution,
    component: optional(row.component),
    ticketType: optional(row.type),
    owner: optional(row.owner),
  };
}

/**
 * Asks Trac (one query for all the tickets, `id=1,2,3`) and GitHub (one issue and its timeline
 * each) where the given tickets stand, and records it. A service that fails, or a ticket it does
 * not list, is recorded on each ticket as its refresh problem; nothing throws.
 */
const TRAC_IDS_A_REQUEST = 100;

export async function refreshTickets(ticketIds: string[], options: Options = {}): Promise<BoardRefreshReport> {
  const clock = options.clock ?? appClock();
  const services = options.services ?? servicesFromEnv();
  const tickets: Ticket[] = await db().boardTicket.findMany({
    where: { id: { in: ticketIds } },
    select: { id: true, source: true, repository: true, number: true, state: true },
    orderBy: [{ refreshedAt: { sort: "asc", nulls: "first" } }, { number: "asc" }],
  });
  const report: BoardRefreshReport = { checked: 0, changed: 0, problems: 0, rateLimited: false };
  const record = async (ticket: Ticket, data: Record<string, unknown> & { state?: TicketState }) => {
    report.checked += 1;
    if (data.state && data.state !== ticket.state) report.changed += 1;
    if (data.refreshProblem) report.problems += 1;
    await db().boardTicket.update({
      where: { id: ticket.id },
      data: { refreshProblem: null, ...data, refreshedAt: clock.now() },
    });
  };

  const trac = tickets.filter((ticket) => ticket.source === "trac");
  // A hundred tickets a request keeps each query's address short (Trac's id=1,2,3 list).
  for (let at = 0; at < trac.length; at += TRAC_IDS_A_REQUEST) {
    const chunk = trac.slice(at, at + TRAC_IDS_A_REQUEST);
    const answer = await fetchTracRows(
      tracTicketsUrl(
        chunk.map((ticket) => ticket.number),
        services.tracUrl,
      ),
      options.fetchImpl,
    );
    const rows = new Map(answer.ok ? answer.rows.map((row) => [Number(row.id), row]) : []);
    for (const ticket of chunk) {
      const row = rows.get(ticket.number);
      if (!answer.ok) await record(ticket, { refreshProblem: REFRESH_WORDING.trac(answer.detail) });
      else if (!row) await record(ticket, { refreshProblem: REFRESH_WORDING.notListed });
      else await record(ticket, tracRowFields(row));
    }
  }

  for (const ticket of tickets.filter((candidate) => candidate.source === "github")) {
    if (report.rateLimited) {
      await record(ticket, { refreshProblem: REFRESH_WORDING.rateLimited });
      continue;
    }
    const answer = await fetchGitHubIssue(ticket.repository, ticket.number, services, options.fetchImpl, clock.now());
    if (answer.ok) {
      const { title, state, resolution, owner } = answer;
      await record(ticket, { summary: title.slice(0, 500), state, resolution, owner });
    } else if (answer.problem === "rate-limited") {
      report.rateLimited = true;
      holder.__dotmBoardPause = answer.retryAt?.getTime() ?? Date.now() + 60 * 60_000;
      await record(ticket, { refreshProblem: REFRESH_WORDING.rateLimited });
    } else await record(ticket, { refreshProblem: REFRESH_WORDING.github(answer.detail) });
  }
  if (report.problems > 0)
    log.warn("ticket-board.refresh", {
      checked: report.checked,
      problems: report.problems,
      rateLimited: report.rateLimited,
    });
  return report;
}

/** "Refresh now": every ticket on one edition's board. */
export async function refreshBoard(editionId: string, options: Options = {}): Promise<BoardRefreshReport> {
  const ids = await db().boardTicket.findMany({ where: { editionId }, select: { id: true } });
  return refreshTickets(
    ids.map((row) => row.id),
    options,
  );
}

/**
 * The schedule (housekeeping, with the outcome statuses, in their window): the tickets still
 * moving on boards of editions that started and ended less than OUTCOME_REFRESH_WEEKS ago, each
 * about once a day. Returns how many were asked.
 */
export async function refreshDueBoardTickets(options: Options = {}): Promise<number> {
  const clock = options.clock ?? appClock();
  const now = clock.now();
  const weeks = env().outcomes.refreshWeeks;
  const due = await db().boardTicket.findMany({
    where: {
      state: { notIn: ["closed", "merged"] },
      OR: [{ refreshedAt: null }, { refreshedAt: { lt: new Date(now.getTime() - RECHECK_AFTER_MS) } }],
      edition: { startsOn: { lte: now }, endsOn: { gte: new Date(now.getTime() - weeks * 7 * DAY_MS) } },
    },
    select: { id: true, source: true },
    orderBy: [{ refreshedAt: { sort: "asc", nulls: "first" } }],
  });
  const paused = (holder.__dotmBoardPause ?? 0) > Date.now();
  const ids = [
    ...due.filter((ticket) => ticket.source === "trac"),
    ...(paused ? [] : due.filter((ticket) => ticket.source === "github").slice(0, SCHEDULED_GITHUB_BATCH)),
  ].map((ticket) => ticket.id);
  if (ids.length === 0) return 0;
  return (await refreshTickets(ids, { ...options, clock })).checked;
}
