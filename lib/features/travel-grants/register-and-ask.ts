import { clock as appClock, type Clock } from "../../platform/clock";
import { registerForEdition, type RegistrationForm, type RegistrationRead } from "../registration";
import { insertGrantAsk } from "./ask-for-grant";
import type { GrantAsk } from "./schemas";

/**
 * Registers, and asks for a travel grant in the same transaction when the form asked for one.
 * The request is written only with a registration this submission freshly inserted: never with a
 * cancelled or lapsed one starting over (its owner has not confirmed this submission), nor added to
 * one that someone else's submission already holds (insertGrantAsk). `readAhead` is registering's
 * first read when the caller has sent it already (registerForEdition).
 */
export function registerAndAskForGrant(
  slug: string,
  { form, grantAsk, readAhead }: { form: RegistrationForm; grantAsk: GrantAsk | null; readAhead?: RegistrationRead },
  clock: Clock = appClock(),
) {
  if (!grantAsk) return registerForEdition(slug, form, clock, { readAhead });
  return registerForEdition(slug, form, clock, {
    readAhead,
    afterInsert: (sql, registrationId) => insertGrantAsk(sql, registrationId, grantAsk, clock.now()),
  });
}
