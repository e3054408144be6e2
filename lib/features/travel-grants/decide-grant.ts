import type { Prisma } from "../../generated/prisma/client";
import type { Organizer } from "../../platform/auth/organizer";
import { clock as appClock, type Clock } from "../../platform/clock";
import { db } from "../../platform/db";
import { prismaStatements } from "../../platform/database/statements";
import { enqueueEmail, nudgeMailWorker } from "../../platform/mail";
import { audit } from "../organizers";
import { manageLinkFor } from "../registration";
import { lockGrantBudget } from "./grant-lock";
import { budgetLeft, DECIDABLE_REGISTRATION_STATUSES, grantRefusal } from "./rules";
import type { GrantProblem } from "./wording";

type DecideProblem = Extract<GrantProblem, "no-grant" | "already-decided" | "changed" | "not-decidable">;

export type DecideOutcome =
  | { ok: true }
  | { ok: false; problem: DecideProblem | Extract<GrantProblem, "no-budget" | "beyond-asked"> }
  | { ok: false; problem: "beyond-budget"; left: number };

/**
 * The request an organizer decides: its id, the edition of the page they decide it on, and the
 * version (its updatedAt) they saw; a request changed since (a new amount or reason) is not decided.
 */
export type GrantTarget = { editionId: string; grantId: string; version: string };

const requestColumns = {
  id: true,
  editionId: true,
  status: true,
  amountAsked: true,
  updatedAt: true,
  registration: {
    select: { id: true, status: true, name: true, email: true, edition: { select: { name: true, endsOn: true } } },
  },
} as const;

type Request = {
  status: string;
  updatedAt: Date;
  registration: { status: string };
};

/** Why this request cannot be decided as the organizer saw it, if it cannot. */
function undecidable(request: Request | null, version: string): DecideProblem | null {
  if (!request) return "no-grant";
  if (request.status !== "asked") return "already-decided";
  if (request.updatedAt.toISOString() !== version) return "changed";
  if (!(DECIDABLE_REGISTRATION_STATUSES as readonly string[]).includes(request.registration.status))
    return "not-decidable";
  return null;
}

/** The guard of the decision's update: still undecided, unchanged, and its registration decidable. */
const stillAsSeen = ({ editionId, grantId }: GrantTarget, updatedAt: Date) => ({
  id: grantId,
  editionId,
  status: "asked" as const,
  updatedAt,
  registration: { status: { in: [...DECIDABLE_REGISTRATION_STATUSES] } },
});

/**
 * Grants `amount` euros (at most what was asked) on an undecided request, within what the budget
 * has left: read and spent under the edition's lock, so two organizers granting at the same
 * moment cannot together go past it. The person is emailed, and the decision audited, in the
 * same transaction.
 */
export async function grantTravelGrant(
  organizer: Organizer,
  target: GrantTarget,
  amount: number,
  clock: Clock = appClock(),
): Promise<DecideOutcome> {
  const now = clock.now();
  const outcome = await db().$transaction(async (tx): Promise<DecideOutcome> => {
    const { grantId, editionId } = target;
    const request = await tx.travelGrant.findUnique({ where: { id: grantId, editionId }, select: requestColumns });
    const problem = undecidable(request, target.version);
    if (problem || !request) return { ok: false, problem: problem ?? "no-grant" };
    const sql = prismaStatements(tx);
    const budget = await lockGrantBudget(sql, request.editionId);
    if (!budget) return { ok: false, problem: "no-grant" };
    const refusal = grantRefusal(amount, request.amountAsked, budget.budget, budget.granted);
    if (refusal === "beyond-budget")
      return { ok: false, problem: refusal, left: budgetLeft(budget.budget, budget.granted) };
    if (refusal) return { ok: false, problem: refusal };
    // Guarded again: the amount asked was read before the lock, and may have changed since.
    const decided = await tx.travelGrant.updateMany({
      where: stillAsSeen(target, request.updatedAt),
      data: { status: "granted", amountGranted: amount, decidedAt: now, updatedAt: now },
    });
    if (decided.count === 0) return { ok: false, problem: await whyNot(tx, target) };
    const { registration } = request;
    await enqueueEmail(
      tx,
      {
        template: "travel-grant-granted",
        data: {
          name: registration.name,
          editionName: registration.edition.name,
          amount,
          manageUrl: await manageLinkFor(sql, registration.id, registration.edition, clock),
        },
        to: { email: registration.email, name: registration.name },
      },
      clock,
    );
    await audit(
      organizer,
      "travel-grant.granted",
      `travel-grant:${grantId}`,
      { amount, asked: request.amountAsked },
      { tx: sql, clock },
    );
    return { ok: true };
  });
  if (outcome.ok) nudgeMailWorker();
  return outcome;
}

/** Declines an undecided request; the person is told kindly, and the decision audited. */
export async function declineTravelGrant(
  organizer: Organizer,
  target: GrantTarget,
  clock: Clock = appClock(),
): Promise<{ ok: true } | { ok: false; problem: DecideProblem }> {
  const now = clock.now();
  const { grantId, editionId } = target;
  const outcome = await db().$transaction(async (tx) => {
    const request = await tx.travelGrant.findUnique({ where: { id: grantId, editionId }, select: requestColumns });
    const problem = undecidable(request, target.version);
    if (problem || !request) return { ok: false, problem: problem ?? "no-grant" } as const;
    const decided = await tx.travelGrant.updateMany({
      where: stillAsSeen(target, request.updatedAt),
      data: { status: "declined", decidedAt: now, updatedAt: now },
    });
    if (decided.count === 0) return { ok: false, problem: await whyNot(tx, target) } as const;
    const { registration } = request;
    await enqueueEmail(
      tx,
      {
        template: "travel-grant-declined",
        data: { name: registration.name, editionName: registration.edition.name },
        to: { email: registration.email, name: registration.name },
      },
      clock,
    );
    const sql = prismaStatements(tx);
    await audit(organizer, "travel-grant.declined", `travel-grant:${grantId}`, {}, { tx: sql, clock });
    return { ok: true } as const;
  });
  if (outcome.ok) nudgeMailWorker();
  return outcome;
}

/** Why the guarded update changed nothing: read again after it waited for whatever changed the row. */
async function whyNot(tx: Pick<Prisma.TransactionClient, "travelGrant">, target: GrantTarget): Promise<DecideProblem> {
  const request = await tx.travelGrant.findUnique({
    where: { id: target.grantId, editionId: target.editionId },
    select: { status: true, updatedAt: true, registration: { select: { status: true } } },
  });
  return undecidable(request, target.version) ?? "changed";
}
