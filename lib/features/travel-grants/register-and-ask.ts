import { clock as appClock, type Clock } from "../../platform/clock";
import { registerForEdition, type RegistrationForm } from "../registration";
import { insertGrantAsk } from "./ask-for-grant";
import type { GrantAsk } from "./schemas";

/**
 * Registers, and asks for a travel grant in the same transaction when the form asked for one.
 * The request is written only with a registration this submission freshly inserted: never with a
 * cancelled or lapsed one starting over (its owner has not confirmed this submission), nor added to
 * one that someone else's submission already holds (insertGrantAsk).
 */
export function registerAndAskForGrant(
  slug: string,
  { form, grantAsk }: { form: RegistrationForm; grantAsk: GrantAsk | null },
  clock: Clock = appClock(),
) {
  if (!grantAsk) return registerForEdition(slug, form, clock);
  return registerForEdition(slug, form, clock, {
    afterInsert: (sql, registrationId) => insertGrantAsk(sql, registrationId, grantAsk, clock.now()),
  });
}
