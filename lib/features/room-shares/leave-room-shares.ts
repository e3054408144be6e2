import { clock as appClock, type Clock } from "../../platform/clock";
import { db, statements } from "../../platform/db";
import { lookUpToken } from "../registration";

/** One click from the manage page: the entry leaves the board at once. Harmless to repeat. */
export async function leaveRoomShares(token: string, clock: Clock = appClock()): Promise<{ ok: boolean }> {
  const found = await lookUpToken(statements(), token, "manage", clock.now());
  if (!found.ok) return { ok: false };
  await db().roomShare.deleteMany({ where: { registrationId: found.registration.id } });
  return { ok: true };
}
