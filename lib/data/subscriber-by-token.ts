import "server-only";
import { db } from "../db";
import { lookUpSubscriberToken } from "../newsletter/subscriber-tokens";

/** What a newsletter link's page shows; reading it changes nothing. */
export function readSubscriberLink(token: string, purpose: "confirm" | "unsubscribe", now: Date) {
  return lookUpSubscriberToken(db(), token, purpose, now);
}
