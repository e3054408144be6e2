import { clock as appClock, type Clock } from "../clock";
import { iso, SQL } from "../database/statements";
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
  if (purpose === "newsletter") return settings.newsletterPerHour;
  if (purpose === "host") return settings.hostPerHour;
  if (purpose === "privacy") return settings.privacyPerHour;
  return Math.max(settings.registrationPerHour, settings.registrationPerSeat * (await openSeats(clock)));
}

/** The capacity of the editions whose registration is open now, all together. */
async function openSeats(clock: Clock): Promise<number> {
  const now = iso(clock.now());
  const [row] = await statements().rows<{ seats: number }>(SQL`
    SELECT coalesce(sum(capacity), 0)::int AS seats FROM "Edition"
    WHERE published
      AND ("registrationOpensAt" IS NULL OR "registrationOpensAt" <= ${now}::timestamptz AT TIME ZONE 'UTC')
      AND ("registrationClosesAt" IS NULL OR "registrationClosesAt" > ${now}::timestamptz AT TIME ZONE 'UTC')
      AND "endsOn" >= (${now}::timestamptz AT TIME ZONE 'UTC')::date - 1`);
  return row!.seats;
}

/** How many of the form's messages were queued in the last hour, counted up to `budget`. */
export async function mailSpent(purpose: MailPurpose, budget: number, clock: Clock = appClock()): Promise<number> {
  const since = new Date(clock.now().getTime() - HOUR);
  // Plain SQL: every public form's submission asks, and Prisma's planning would cost more than
  // this index range read, which stops at the budget.
  const [row] = await statements().rows<{ n: number }>(SQL`
    SELECT count(*)::int AS n FROM (
      SELECT 1 FROM "OutboxMessage"
      WHERE template = ANY(${[...TEMPLATES_OF[purpose]]}::text[]) AND "createdAt" > ${iso(since)}::timestamptz AT TIME ZONE 'UTC'
      LIMIT ${budget}
    ) recent`);
  return row!.n;
}

/** Where the form's budget stands this hour. */
export async function budgetState(
  purpose: MailPurpose,
  clock: Clock = appClock(),
  settings: MailBudgetSettings = env().mailBudgets,
): Promise<{ state: BudgetState; budget: number }> {
  const budget = await mailBudget(purpose, clock, settings);
  const spent = await mailSpent(purpose, budget, clock);
  const state = spent >= budget ? "spent" : spent >= Math.ceil(budget * CHALLENGE_FROM) ? "challenge" : "open";
  return { state, budget };
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
