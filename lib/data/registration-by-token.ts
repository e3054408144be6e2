import "server-only";
import { db } from "../db";
import { lookUpToken } from "../registration/token-lookup";

/** What a link's landing page shows; reading it changes nothing (mail scanners follow links). */
export async function readRegistrationLink(token: string, purpose: "confirm" | "manage", now: Date) {
  return lookUpToken(db(), token, purpose, now);
}

/** 1 for the head of the waiting list. */
export async function waitingListPosition(editionId: string, waitlistNumber: number) {
  const ahead = await db().registration.count({ where: { editionId, status: "waitlisted", waitlistNumber: { lt: waitlistNumber } } });
  return ahead + 1;
}
