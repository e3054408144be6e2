import { clock as appClock, type Clock } from "../clock";
import { utc } from "../database/raw-values";
import { db } from "../db";
import { env } from "../env";
import { daysBetween } from "../editions/zoned-time";
import { registrationWindow } from "../editions/status";
import { nudgeMailWorker } from "../mail";
import { registrationEditionColumns } from "../registration/edition-columns";
import { isUniqueViolation } from "../database/errors";
import type { Tx } from "../registration/edition-lock";
import { mailAlready, mailConfirmLink } from "../registration/messages";
import { storedAnswers, type RegistrationForm } from "../validation/registration";

export type RegisterOutcome =
  | { ok: true }
  | { ok: false; reason: "unknown-edition" | "closed" }
  | { ok: false; reason: "invalid-days"; message: string };

/**
 * Saves a registration as pending and queues its confirmation email, in one transaction. The
 * caller shows the same "check your email" answer whatever happened here with an address that
 * was already registered: that person gets an email saying so instead.
 */
export async function registerForEdition(slug: string, form: RegistrationForm, clock: Clock = appClock()): Promise<RegisterOutcome> {
  const edition = await db().edition.findFirst({ where: { slug, published: true }, select: registrationEditionColumns });
  if (!edition) return { ok: false, reason: "unknown-edition" };
  const now = clock.now();
  if (registrationWindow(edition, now) !== "open") return { ok: false, reason: "closed" };
  const editionDays = new Set(daysBetween(edition.startsOn, edition.endsOn));
  if (form.days.some((day) => !editionDays.has(day))) {
    return { ok: false, reason: "invalid-days", message: "Choose days of this edition." };
  }

  const { email } = form;
  const answers = storedAnswers(form);
  // No edition lock here: a pending registration holds no seat. The unique index on
  // (edition, email) settles a race between two submissions; the loser retries and finds the row.
  const save = async (tx: Tx) => {
    const [existing] = await tx.$queryRaw<{ id: string; name: string; email: string; status: string }[]>`
      SELECT id, name, email, status::text AS status FROM "Registration" WHERE "editionId" = ${edition.id} AND email = ${email}`;
    const pendingExpiresAt = new Date(now.getTime() + env().registration.pendingMs);

    if (existing && ["confirmed", "waitlisted", "offered"].includes(existing.status)) {
      await mailAlready(tx, existing, edition, clock);
      return;
    }
    if (existing?.status === "pending") {
      // The first answers stand; the owner can change them once confirmed.
      await tx.$executeRaw`UPDATE "Registration" SET "pendingExpiresAt" = ${utc(pendingExpiresAt)}, "updatedAt" = ${utc(now)} WHERE id = ${existing.id}`;
      await mailConfirmLink(tx, existing, edition, pendingExpiresAt, clock);
      return;
    }
    const fresh = {
      ...answers,
      status: "pending" as const,
      codeOfConductAt: now,
      updatedAt: now,
      pendingExpiresAt,
      confirmedAt: null,
      waitlistedAt: null,
      waitlistNumber: null,
      offeredAt: null,
      offerExpiresAt: null,
      cancelledAt: null,
      stillComingSentAt: null,
    };
    const person = existing
      ? await tx.registration.update({ where: { id: existing.id }, data: fresh, select: { id: true, name: true, email: true } })
      : await tx.registration.create({
          data: { ...fresh, editionId: edition.id, email, createdAt: now },
          select: { id: true, name: true, email: true },
        });
    await mailConfirmLink(tx, person, edition, pendingExpiresAt, clock);
  };
  const attempt = () => db().$transaction(save, { maxWait: 10_000, timeout: 15_000 });
  try {
    await attempt();
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    await attempt();
  }
  nudgeMailWorker();
  return { ok: true };
}
