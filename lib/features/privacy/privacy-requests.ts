import { clock as appClock, type Clock } from "../../platform/clock";
import { db } from "../../platform/db";
import { enqueueEmail, nudgeMailWorker } from "../../platform/mail";
import { HOUR_MS, lockAddress, MAILS_PER_ADDRESS_PER_HOUR, newsletterUrls } from "../newsletter";
import { hashToken, isWellFormedToken, newToken } from "../../platform/security/tokens";

export type PrivacyKind = "export" | "erase";

const VALID_MS = 24 * HOUR_MS;

/**
 * "Send me my data" or "erase my data": the address's owner must confirm from an email, so
 * nobody can read or erase someone else's data. Every address gets the same treatment, known
 * or not, so the answer reveals nothing.
 */
export async function requestPrivacyAction(
  email: string,
  kind: PrivacyKind,
  clock: Clock = appClock(),
): Promise<"sent" | "throttled"> {
  const now = clock.now();
  const outcome = await db().$transaction(async (tx) => {
    await lockAddress(tx, email);
    const recent = await tx.privacyRequest.count({
      where: { email, createdAt: { gt: new Date(now.getTime() - HOUR_MS) } },
    });
    if (recent >= MAILS_PER_ADDRESS_PER_HOUR) return "throttled" as const;
    const { token, hash } = newToken();
    await tx.privacyRequest.create({
      data: { email, kind, tokenHash: hash, expiresAt: new Date(now.getTime() + VALID_MS), createdAt: now },
    });
    await enqueueEmail(
      tx,
      {
        template: "privacy-confirm",
        data: { kind, actUrl: newsletterUrls.privacyRequest(token), expiresIn: "24 hours" },
        to: { email },
      },
      clock,
    );
    return "sent" as const;
  });
  if (outcome === "sent") nudgeMailWorker();
  return outcome;
}

export type PrivacyLookup =
  { ok: true; id: string; email: string; kind: PrivacyKind } | { ok: false; problem: "invalid" | "expired" | "used" };

export async function lookUpPrivacyRequest(token: string, now: Date): Promise<PrivacyLookup> {
  if (!isWellFormedToken(token)) return { ok: false, problem: "invalid" };
  const row = await db().privacyRequest.findUnique({ where: { tokenHash: hashToken(token) } });
  if (!row) return { ok: false, problem: "invalid" };
  if (row.usedAt) return { ok: false, problem: "used" };
  if (row.expiresAt <= now) return { ok: false, problem: "expired" };
  return { ok: true, id: row.id, email: row.email, kind: row.kind };
}
