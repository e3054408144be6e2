import { iso, SQL, type Statements } from "../database/statements";
import type { Db } from "../db";

/** The one row every worker reads and writes: there is one relay per site. */
const RELAY = "smtp";
/** The longest pause between two tries of a faulty relay by default: a fixed password goes to work within it. */
export const RELAY_MAX_PAUSE_MS = 15 * 60_000;

export type RelayFault = { since: Date; lastError: string; lastErrorAt: Date; resumeAt: Date | null };

/** 30 s, 1, 2, 4, 8 minutes, then every 15 (the bound): a relay that works again is found within it. */
export function relayPauseMs(faults: number, maxPauseMs = RELAY_MAX_PAUSE_MS): number {
  return Math.min(30_000 * 2 ** (faults - 1), maxPauseMs);
}

/** The current fault, or null while the relay works. */
export async function readRelayFault(db: Pick<Db, "mailRelayState">): Promise<RelayFault | null> {
  const row = await db.mailRelayState.findUnique({ where: { id: RELAY } });
  if (!row?.faultSince) return null;
  return {
    since: row.faultSince,
    lastError: row.lastError ?? "",
    lastErrorAt: row.lastErrorAt!,
    resumeAt: row.resumeAt,
  };
}

/**
 * What a batch needs to know of the relay, in one plain statement (every batch asks, and during
 * a rush that is several times a second): whether a fault is on, and whether its pause still runs.
 */
export async function relayStateForBatch(sql: Statements, now: Date): Promise<{ faulty: boolean; paused: boolean }> {
  const [row] = await sql.rows<{ faulty: boolean; paused: boolean }>(SQL`
    SELECT "faultSince" IS NOT NULL AS faulty,
      ("faultSince" IS NOT NULL AND coalesce("resumeAt" > ${iso(now)}::timestamptz AT TIME ZONE 'UTC', false)) AS paused
    FROM "MailRelayState" WHERE id = ${RELAY}`);
  return row ?? { faulty: false, paused: false };
}

/** Records a failed try: the fault starts now unless it had already, and the pause grows. */
export async function recordRelayFault(
  db: Db,
  now: Date,
  error: string,
  maxPauseMs = RELAY_MAX_PAUSE_MS,
): Promise<void> {
  await db.$transaction(async (tx) => {
    const row = await tx.mailRelayState.upsert({
      where: { id: RELAY },
      create: { id: RELAY, faultSince: now, lastError: error, lastErrorAt: now, faults: 1 },
      update: { lastError: error, lastErrorAt: now, faults: { increment: 1 } },
    });
    await tx.mailRelayState.update({
      where: { id: RELAY },
      data: {
        faultSince: row.faultSince ?? now,
        resumeAt: new Date(now.getTime() + relayPauseMs(row.faults, maxPauseMs)),
      },
    });
  });
}

/**
 * Ends the fault after a send that worked. Only one worker gets the fault back (the row is
 * updated only while it still holds one), so the organizers are told once.
 */
export async function clearRelayFault(
  tx: Pick<Db, "mailRelayState">,
): Promise<Pick<RelayFault, "since" | "lastError"> | null> {
  const row = await tx.mailRelayState.findUnique({ where: { id: RELAY } });
  if (!row?.faultSince) return null;
  const { count } = await tx.mailRelayState.updateMany({
    where: { id: RELAY, faultSince: row.faultSince },
    data: { faultSince: null, faults: 0, resumeAt: null },
  });
  return count === 1 ? { since: row.faultSince, lastError: row.lastError ?? "" } : null;
}
