import { clock as appClock, type Clock } from "../../platform/clock";
import { statements } from "../../platform/db";
import type { Statements } from "../../platform/database/statements";
import { nudgeMailWorker } from "../../platform/mail";
import { isWellFormedToken } from "../../platform/security/tokens";
import { confirmWithLink } from "./seat-statement";
import type { TokenProblem } from "./token-lookup";

export type ConfirmOutcome =
  | { ok: true; status: "confirmed" }
  | { ok: true; status: "waitlisted"; position: number }
  /** On an edition by application: the application is received, no place yet. */
  | { ok: true; status: "applied" }
  | { ok: false; problem: TokenProblem | "lapsed" | "edition-over" };

/**
 * The person pressed Confirm: a free seat makes them confirmed, a full edition puts them at the
 * end of the waiting list. One statement: the database looks the link up, spends it and decides
 * under the edition's lock (confirmWithLink).
 */
export async function confirmRegistration(
  token: string,
  clock: Clock = appClock(),
  sql: Statements = statements(),
): Promise<ConfirmOutcome> {
  if (!isWellFormedToken(token)) return { ok: false, problem: "invalid" };
  const change = await confirmWithLink(sql, token, clock);
  switch (change.result) {
    case "confirmed":
      nudgeMailWorker();
      return { ok: true, status: "confirmed" };
    case "applied":
      nudgeMailWorker();
      return { ok: true, status: "applied" };
    case "waitlisted":
      nudgeMailWorker();
      return { ok: true, status: "waitlisted", position: change.position! };
    case "invalid":
    case "expired":
    case "edition-over":
    case "lapsed":
      return { ok: false, problem: change.result };
    default:
      // Spent by another press, or no longer pending: the link has done its work.
      return { ok: false, problem: "used" };
  }
}
