import { clock as appClock, type Clock } from "../clock";
import { iso, SQL, type Sql } from "../database/statements";
import { db, statements } from "../db";
import { env, type MailBudgetSettings } from "../env";
import { log } from "../log";
import { enqueueEmails, nudgeMailWorker } from "../mail";
import { BUDGET_ALERT, MAIL_PURPOSES, type MailPurpose } from "./mail-budget-wording";
import { allowAttempt } from "./rate-limit";

export { BUSY_MESSAGE, MAIL_PURPOSES, type MailPurpose } from "./mail-budget-wording";

/**
 * The messages anyone can make the site send to an address of their choosing, by the form that
 * causes them. Mail to organizers and to confirmed attendees is not here: nobody outside can
 * cause it at will.
 */
export const TEMPLATES_OF: Record<MailPurpose, readonly string[]> = {
  registration: ["registration-confirm", "registration-already"],
  newsletter: ["newsletter-confirm", "newsletter-already"],
  host: ["host-proposal-received"],
  privacy: ["privacy-confirm"],
};

/** From this share of its budget on, a form asks for a solved challenge before it sends. */
export const CHALLENGE_FROM = 0.8;

const HOUR = 60 * 60_000;

/** "open": go ahead; "challenge": go ahead with a solved challenge; "spent": nothing more this hour. */
export type BudgetState = "open" | "challenge" | "spent";

/**
 * The form's budget for an hour. Registration's grows with the seats on offer, so that an
 * opening-day rush is never refused by a number chosen for a quiet month.
 */
export async function mailBudget(
  purpose: MailPurpose,
  clock: Clock = appClock(),
  settings: MailBudgetSettings = env().mailBudgets,
): Promise<number> {
  const fixed = fixedBudget(purpose, settings);
  if (fixed !== null) return fixed;
  const [row] = await statements().rows<{ budget: number }>(
    SQL`SELECT ${budgetOf(purpose, clock, settings)} AS budget`,
  );
  return row!.budget;
}

/** Every form's budget but registration's is a number from the settings. */
function fixedBudget(purpose: MailPurpose, settings: MailBudgetSettings): number | null {
  if (purpose === "newsletter") return settings.newsletterPerHour;
  if (purpose === "host") return settings.hostPerHour;
  if (purpose === "privacy") return settings.privacyPerHour;
  return null;
}

/** The budget as one SQL expression (registration's reads the seats on offer). */
function budgetOf(purpose: MailPurpose, clock: Clock, settings: MailBudgetSettings): Sql {
  const fixed = fixedBudget(purpose, settings);
  if (fixed !== null) return SQL`${fixed}::int`;
  // The capacity of the editions whose registration is open now, all together.
  const now = iso(clock.now());
  return SQL`greatest(${settings.registrationPerHour}::int, ${settings.registrationPerSeat}::int * (
    SELECT coalesce(sum(capacity), 0)::int FROM "Edition"
    WHERE published
      AND ("registrationOpensAt" IS NULL OR "registrationOpensAt" <= ${now}::timestamptz AT TIME ZONE 'UTC')
      AND ("registrationClosesAt" IS NULL OR "registrationClosesAt" > ${now}::timestamptz AT TIME ZONE 'UTC')
      AND "endsOn" >= (${now}::timestamptz AT TIME ZONE 'UTC')::date - 1))`;
}

/** The count of the form's messages queued in the last hour, up to `budget`, as one SQL expression. */
function spentOf(purpose: MailPurpose, budget: Sql, clock: Clock): Sql {
  const since = new Date(clock.now().getTime() - HOUR);
  // Plain SQL: every public form's submission asks, and Prisma's planning would cost more than
  // this index range read, which stops at the budget.
  return SQL`(SELECT count(*)::int FROM (
      SELECT 1 FROM "OutboxMessage"
      WHERE template = ANY(${[...TEMPLATES_OF[purpose]]}::text[]) AND "createdAt" > ${iso(since)}::timestamptz AT TIME ZONE 'UTC'
      LIMIT ${budget}
    ) recent)`;
}

/** How many of the form's messages were queued in the last hour, counted up to `budget`. */
export async function mailSpent(purpose: MailPurpose, budget: number, clock: Clock = appClock()): Promise<number> {
  const [row] = await statements().rows<{ n: number }>(
    SQL`SELECT ${spentOf(purpose, SQL`${budget}::int`, clock)} AS n`,
  );
  return row!.n;
}

export type BudgetReading = { state: BudgetState; budget: number };

/** Where the form's budget stands this hour: the budget and what was spent of it, read in one statement. */
export async function budgetState(
  purpose: MailPurpose,
  clock: Clock = appClock(),
  settings: MailBudgetSettings = env().mailBudgets,
): Promise<BudgetReading> {
  const budget = budgetOf(purpose, clock, settings);
  const [row] = await statements().rows<{ budget: number; spent: number }>(
    SQL`SELECT ${budget} AS budget, ${spentOf(purpose, budget, clock)} AS spent`,
  );
  const { budget: allowed, spent } = row!;
  const state = spent >= allowed ? "spent" : spent >= Math.ceil(allowed * CHALLENGE_FROM) ? "challenge" : "open";
  return { state, budget: allowed };
}

/**
 * Tells the organizers, once an hour at most for each form, that the form's budget is nearly
 * spent: from then on it asks for challenges, which a flood that does not solve them never gets
 * past, so waiting for the budget to be spent could mean never telling them.
 */
export async function alertOrganizersOfBudget(
  purpose: MailPurpose,
  budget: number,
  clock: Clock = appClock(),
): Promise<void> {
  if (!(await allowAttempt("mail-budget-alert", purpose, clock))) return;
  const added = await db().organizer.findMany({ where: { revokedAt: null }, select: { email: true } });
  const recipients = [...new Set([...env().organizerEmails, ...added.map((organizer) => organizer.email)])];
  log.warn("mail.budget_nearly_spent", { purpose, budget, organizersAlerted: recipients.length });
  const notice = BUDGET_ALERT(MAIL_PURPOSES[purpose], budget);
  await enqueueEmails(
    db(),
    recipients.map((email) => ({ template: "notice" as const, data: notice, to: { email } })),
    clock,
  );
  nudgeMailWorker();
}
