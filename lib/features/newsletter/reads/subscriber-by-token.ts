import "server-only";
import { db } from "../../../platform/db";
import { lookUpSubscriberToken } from "../subscriber-tokens";

/** What a newsletter link's page shows; reading it changes nothing. */
export function readSubscriberLink(token: string, purpose: "confirm" | "unsubscribe", now: Date) {
  return lookUpSubscriberToken(db(), token, purpose, now);
}
