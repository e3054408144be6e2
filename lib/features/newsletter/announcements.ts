import { clock as appClock, type Clock } from "../../platform/clock";
import { iso, prismaStatements, SQL } from "../../platform/database/statements";
import { db } from "../../platform/db";
import { enqueueEmail, enqueueEmails, nudgeMailWorker } from "../../platform/mail";
import { announcementMailer } from "./announcement-mail";
import { newsletterUrls } from "./links";
import { newToken } from "../../platform/security/tokens";
import type { AnnouncementInput } from "./announcement-schema";
import type { Prisma } from "../../generated/prisma/client";
import type { Organizer } from "../../platform/auth/organizer";
import { audit } from "../organizers";

const BATCH = 500;
const UNSUBSCRIBE_VALID_MS = 2 * 365 * 24 * 60 * 60_000;

function slugFor(subject: string, now: Date): string {
  const words = subject
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "")
    .slice(0, 60);
  return `${now.toISOString().slice(0, 10)}-${words || "announcement"}`;
}

/** A new draft, and its audit entry in the same transaction. */
export async function createAnnouncement(organizer: Organizer, input: AnnouncementInput, clock: Clock = appClock()) {
  const now = clock.now();
  const base = slugFor(input.subject, now);
  return db().$transaction(async (tx) => {
    const taken = await tx.announcement.count({ where: { slug: { startsWith: base } } });
    const created = await tx.announcement.create({
      data: { ...input, slug: taken ? `${base}-${taken + 1}` : base, createdAt: now, updatedAt: now },
      select: { id: true, slug: true },
    });
    await audit(
      organizer,
      "announcement.create",
      `announcement:${created.id}`,
      { subject: input.subject },
      { tx, clock },
    );
    return created;
  });
}

export type EditOutcome = { ok: true } | { ok: false; problem: "not-found" | "already-sent" };

/** Only a draft can change: what was mailed is what the archive shows. */
export async function updateAnnouncement(
  organizer: Organizer,
  id: string,
  input: AnnouncementInput,
  clock: Clock = appClock(),
): Promise<EditOutcome> {
  return db().$transaction(async (tx): Promise<EditOutcome> => {
    const { count } = await tx.announcement.updateMany({
      where: { id, status: "draft" },
      data: { ...input, updatedAt: clock.now() },
    });
    if (count === 1) {
      await audit(organizer, "announcement.update", `announcement:${id}`, { subject: input.subject }, { tx, clock });
      return { ok: true };
    }
    return (await tx.announcement.count({ where: { id } }))
      ? { ok: false, problem: "already-sent" }
      : { ok: false, problem: "not-found" };
  });
}

/** The organizer's own preview in their inbox; its unsubscribe link leads nowhere. */
export async function sendTestAnnouncement(
  organizer: Organizer,
  id: string,
  clock: Clock = appClock(),
): Promise<boolean> {
  const announcement = await db().announcement.findUnique({
    where: { id },
    select: { slug: true, subject: true, body: true },
  });
  if (!announcement) return false;
  const mail = announcementMailer(announcement);
  await db().$transaction(async (tx) => {
    const to = { email: organizer.email };
    await enqueueEmail(tx, mail(to, `${newsletterUrls.page()}#test-send-has-no-unsubscribe-link`, "[Test] "), clock);
    await audit(organizer, "announcement.test_send", `announcement:${id}`, {}, { tx, clock });
  });
  nudgeMailWorker();
  return true;
}

export type SendOutcome = { ok: true; recipients: number } | { ok: false; problem: "not-found" };

/**
 * Mails the announcement to every confirmed subscriber through the outbox, in batches. Each
 * batch records its deliveries under the announcement's lock, and a subscriber with a delivery
 * row is never picked again: a second send (double click, a retry after a crash, another
 * instance) only mails those the first did not reach.
 */
export async function sendAnnouncement(
  organizer: Organizer,
  id: string,
  clock: Clock = appClock(),
): Promise<SendOutcome> {
  const now = clock.now();
  const announcement = await db().announcement.findUnique({
    where: { id },
    select: { id: true, slug: true, subject: true, body: true, status: true },
  });
  if (!announcement) return { ok: false, problem: "not-found" };
  // Finished: sending again must not reach people who subscribed since.
  if (announcement.status === "sent")
    return { ok: true, recipients: await db().announcementDelivery.count({ where: { announcementId: id } }) };
  // The send is recorded with its start (or its resumption, after a crash or a second click).
  await db().$transaction(async (tx) => {
    await tx.announcement.updateMany({
      where: { id, status: "draft" },
      data: { status: "sending", sendStartedAt: now, updatedAt: now },
    });
    await audit(organizer, "announcement.send", `announcement:${id}`, {}, { tx, clock });
  });
  const mail = announcementMailer(announcement);
  while ((await sendBatch(id, mail, clock)) > 0) nudgeMailWorker();

  const recipients = await db().announcementDelivery.count({ where: { announcementId: id } });
  await db().announcement.updateMany({
    where: { id, status: "sending" },
    data: { status: "sent", sentAt: now, updatedAt: now },
  });
  await db().announcement.update({ where: { id }, data: { recipientCount: recipients } });
  nudgeMailWorker();
  return { ok: true, recipients };
}

async function sendBatch(
  announcementId: string,
  mail: ReturnType<typeof announcementMailer>,
  clock: Clock,
): Promise<number> {
  const now = clock.now();
  return db().$transaction(
    async (tx) => {
      const sql = prismaStatements(tx);
      await sql.run(SQL`SELECT pg_advisory_xact_lock(hashtext(${`announcement:${announcementId}`}))`);
      const recipients = await sql.rows<{ id: string; email: string; name: string | null }>(SQL`
        INSERT INTO "AnnouncementDelivery" ("announcementId", "subscriberId", "createdAt")
        SELECT ${announcementId}, s.id, ${iso(now)}::timestamptz AT TIME ZONE 'UTC'
          FROM "Subscriber" s
         WHERE s.status = 'confirmed'
           AND NOT EXISTS (SELECT 1 FROM "AnnouncementDelivery" d WHERE d."announcementId" = ${announcementId} AND d."subscriberId" = s.id)
         ORDER BY s.id
         LIMIT ${BATCH}
        ON CONFLICT DO NOTHING
        RETURNING "subscriberId" AS id,
          (SELECT email FROM "Subscriber" WHERE id = "subscriberId") AS email,
          (SELECT name FROM "Subscriber" WHERE id = "subscriberId") AS name`);
      if (recipients.length === 0) return 0;
      const expiresAt = new Date(now.getTime() + UNSUBSCRIBE_VALID_MS);
      const tokens = recipients.map(() => newToken());
      await tx.subscriberToken.createMany({
        data: recipients.map((recipient, index): Prisma.SubscriberTokenCreateManyInput => ({
          subscriberId: recipient.id,
          purpose: "unsubscribe",
          tokenHash: tokens[index]!.hash,
          expiresAt,
          createdAt: now,
        })),
      });
      await enqueueEmails(
        tx,
        recipients.map((recipient, index) =>
          mail(
            { email: recipient.email, ...(recipient.name ? { name: recipient.name } : {}) },
            newsletterUrls.unsubscribe(tokens[index]!.token),
          ),
        ),
        clock,
      );
      return recipients.length;
    },
    { maxWait: 10_000, timeout: 60_000 },
  );
}
