import "server-only";
import { statements } from "../db";
import { lookUpToken } from "../registration/token-lookup";

/** What a link's landing page shows; reading it changes nothing (mail scanners follow links). */
export async function readRegistrationLink(token: string, purpose: "confirm" | "manage", now: Date) {
  return lookUpToken(statements(), token, purpose, now);
}

/** 1 for the head of the waiting list. */
export async function waitingListPosition(editionId: string, waitlistNumber: number) {
  const [row] = await statements().rows<{ ahead: number }>(
    `SELECT count(*)::int AS ahead FROM "Registration" WHERE "editionId" = $1 AND status = 'waitlisted' AND "waitlistNumber" < $2`,
    [editionId, waitlistNumber],
  );
  return row!.ahead + 1;
}
