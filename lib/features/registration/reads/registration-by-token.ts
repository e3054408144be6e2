import "server-only";
import { statements } from "../../../platform/db";
import { lookUpToken } from "../token-lookup";
import { SQL } from "../../../platform/database/statements";

/** What a link's landing page shows; reading it changes nothing (mail scanners follow links). */
export async function readRegistrationLink(token: string, purpose: "confirm" | "manage", now: Date) {
  return lookUpToken(statements(), token, purpose, now);
}

/** 1 for the head of the waiting list. */
export async function waitingListPosition(editionId: string, waitlistNumber: number) {
  const [row] = await statements().rows<{ ahead: number }>(
    SQL`SELECT count(*)::int AS ahead FROM "Registration" WHERE "editionId" = ${editionId} AND status = 'waitlisted' AND "waitlistNumber" < ${waitlistNumber}`,
  );
  return row!.ahead + 1;
}
