import "server-only";
import { clock as appClock, type Clock } from "../clock";
import { acceptSolution, CHALLENGE_FIELD, newChallenge } from "../security/challenge";
import { alertOrganizersOfBudget, BUSY_MESSAGE, type BudgetReading, type MailPurpose } from "../security/mail-budgets";
import type { FormAnswer } from "./action-state";

/**
 * Whether a form that sends mail may go ahead (null), or its answer, once its budget has been
 * read (publicAction reads it beside the rate limits). Past 80 % of the form's budget it asks for
 * a solved challenge: the answer carries one for the widget, and its message is the plain "busy"
 * one that a browser without JavaScript shows. A spent budget refuses. The organizers hear of
 * either, once an hour.
 */
export async function mailBudgetAnswer(
  purpose: MailPurpose,
  { state, budget }: BudgetReading,
  formData: FormData,
  clock: Clock = appClock(),
): Promise<FormAnswer | null> {
  if (state === "open") return null;
  await alertOrganizersOfBudget(purpose, budget, clock);
  if (state === "spent") return { status: "error", message: BUSY_MESSAGE };
  const payload = formData.get(CHALLENGE_FIELD);
  if (typeof payload === "string" && payload && (await acceptSolution(payload, purpose, clock))) return null;
  return { status: "error", message: BUSY_MESSAGE, challenge: await newChallenge(purpose, clock) };
}
