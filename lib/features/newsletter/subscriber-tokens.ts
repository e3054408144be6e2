import { hashToken, isWellFormedToken, newToken } from "../../platform/security/tokens";
import type { Tx } from "./address-lock";

type Purpose = "confirm" | "unsubscribe";
type TokenClient = Pick<Tx, "subscriberToken">;

export async function issueSubscriberToken(
  tx: TokenClient,
  subscriberId: string,
  purpose: Purpose,
  expiresAt: Date,
  now: Date,
): Promise<string> {
  const { token, hash } = newToken();
  await tx.subscriberToken.create({ data: { subscriberId, purpose, tokenHash: hash, expiresAt, createdAt: now } });
  return token;
}

const subscriberColumns = { id: true, email: true, name: true, status: true } as const;

export type SubscriberLookup =
  | {
      ok: true;
      tokenId: string;
      used: boolean;
      subscriber: { id: string; email: string; name: string | null; status: "pending" | "confirmed" | "unsubscribed" };
    }
  | { ok: false; problem: "invalid" | "expired" };

/** Resolves an emailed newsletter link. A spent link still resolves: the caller decides what that means. */
export async function lookUpSubscriberToken(
  tx: TokenClient,
  token: string,
  purpose: Purpose,
  now: Date,
): Promise<SubscriberLookup> {
  if (!isWellFormedToken(token)) return { ok: false, problem: "invalid" };
  const row = await tx.subscriberToken.findUnique({
    where: { tokenHash: hashToken(token) },
    select: { id: true, purpose: true, usedAt: true, expiresAt: true, subscriber: { select: subscriberColumns } },
  });
  if (!row || row.purpose !== purpose) return { ok: false, problem: "invalid" };
  if (!row.usedAt && row.expiresAt <= now) return { ok: false, problem: "expired" };
  return { ok: true, tokenId: row.id, used: row.usedAt !== null, subscriber: row.subscriber };
}
