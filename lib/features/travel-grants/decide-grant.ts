import type { Organizer } from "../../platform/auth/organizer";
import { clock as appClock, type Clock } from "../../platform/clock";
import { db } from "../../platform/db";
import { prismaStatements } from "../../platform/database/statements";
import { enqueueEmail, nudgeMailWorker } from "../../platform/mail";
import { audit } from "../organizers";
import { manageLinkFor } from "../registration";
import { lockGrantBudget } from "./grant-lock";
import { budgetLeft, grantRefusal } from "./rules";
import type { GrantProblem } from "./wording";

export type DecideOutcome =
  | { ok: true }
  | { ok: false; problem: Extract<GrantProblem, "no-grant" | "already-decided" | "no-budget" | "beyond-asked"> }
  | { ok: false; problem: "beyond-budget"; left: number };

const requestColumns = {
  id: true,
  editionId: true,
  status: true,
  amountAsked: true,
  registration: { select: { id: true, name: true, email: true, edition: { select: { name: true, endsOn: true } } } },
} as const;

/**
 * Grants `amount` euros (at most what was asked) on an undecided request, within what the budget
 * has left: read and spent under the edition's lock, so two organizers granting at the same
 * moment cannot together go past it. The person is emailed, and the decision audited, in the
 * same transaction.
 */
export async function grantTravelGrant(
  organizer: Organizer,
  grantId: string,
  amount: number,
  clock: Clock = appClock(),
): Promise<DecideOutcome> {
  const now = clock.now();
  const outcome = await db().$transaction(async (tx): Promise<DecideOutcome> => {
    const request = await tx.travelGrant.findUnique({ where: { id: grantId }, select: requestColumns });
    if (!request) return { ok: false, problem: "no-grant" };
    if (request.status !== "asked") return { ok: false, problem: "already-decided" };
    const sql = prismaStatements(tx);
    const budget = await lockGrantBudget(sql, request.editionId);
    if (!budget) return { ok: false, problem: "no-grant" };
    const refusal = grantRefusal(amount, request.amountAsked, budget.budget, budget.granted);
    if (refusal === "beyond-budget")
      return { ok: false, problem: refusal, left: budgetLeft(budget.budget, budget.granted) };
    if (refusal) return { ok: false, problem: refusal };
    const decided = await tx.travelGrant.updateMany({
      where: { id: grantId, status: "asked" },
      data: { status: "granted", amountGranted: amount, decidedAt: now, updatedAt: now },
    });
    if (decided.count === 0) return { ok: false, problem: "already-decided" };
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
  grantId: string,
  clock: Clock = appClock(),
): Promise<{ ok: true } | { ok: false; problem: Extract<GrantProblem, "no-grant" | "already-decided"> }> {
  const now = clock.now();
  const outcome = await db().$transaction(async (tx) => {
    const request = await tx.travelGrant.findUnique({ where: { id: grantId }, select: requestColumns });
    if (!request) return { ok: false, problem: "no-grant" } as const;
    const decided = await tx.travelGrant.updateMany({
      where: { id: grantId, status: "asked" },
      data: { status: "declined", decidedAt: now, updatedAt: now },
    });
    if (decided.count === 0) return { ok: false, problem: "already-decided" } as const;
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
