import type { Prisma } from "../../generated/prisma/client";
import { prismaStatements } from "../../platform/database/statements";
import { lookUpToken } from "../registration";
import type { OutcomeInput } from "./schemas";
import type { OutcomeProblem } from "./labels";

// What the outcome use cases (lib/services/*-outcome.ts) share.

export type Tx = Prisma.TransactionClient;
export type OutcomeChange = { ok: true; outcomeId: string } | { ok: false; problem: OutcomeProblem };

/** The columns an outcome form sets. */
export function outcomeFields(input: OutcomeInput, now: Date) {
  const { kind, title, url, status, area, firstContribution, notes } = input;
  return { kind, title, url, status, area, firstContribution, notes, updatedAt: now };
}

/**
 * Sets who worked on an outcome. `choosable` are the people the editor may pick; anyone else
 * already on it stays (an attendee does not see, so cannot drop, unlisted colleagues).
 */
export async function setContributors(
  tx: Tx,
  outcomeId: string,
  chosen: string[],
  choosable: Set<string>,
  always: string[],
) {
  const current = await tx.outcomeContributor.findMany({ where: { outcomeId }, select: { registrationId: true } });
  const keep = current.map((row) => row.registrationId).filter((id) => !choosable.has(id));
  const wanted = new Set([...always, ...keep, ...chosen.filter((id) => choosable.has(id))]);
  await tx.outcomeContributor.deleteMany({ where: { outcomeId, registrationId: { notIn: [...wanted] } } });
  await tx.outcomeContributor.createMany({
    data: [...wanted].map((registrationId) => ({ outcomeId, registrationId })),
    skipDuplicates: true,
  });
}

/** The confirmed attendee behind a manage link, or the reason they cannot record outcomes. */
export async function attendeeOf(tx: Tx, token: string, now: Date) {
  const link = await lookUpToken(prismaStatements(tx), token, "manage", now);
  if (!link.ok) return { ok: false as const, problem: "link-dead" as const };
  if (link.registration.status !== "confirmed") return { ok: false as const, problem: "not-confirmed" as const };
  return { ok: true as const, registration: link.registration };
}
