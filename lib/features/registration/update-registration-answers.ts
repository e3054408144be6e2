import { clock as appClock, type Clock } from "../../platform/clock";
import { db, statements } from "../../platform/db";
import { daysBetween } from "../../platform/calendar/zoned-time";
import { lookUpToken, type TokenProblem } from "./token-lookup";
import type { RegistrationAnswers } from "./schemas";

export type UpdateOutcome = { ok: true } | { ok: false; problem: TokenProblem | "not-active" | "invalid-days" };

/** Changes a person's answers through their manage link; their place in line stays as it is. */
export async function updateRegistrationAnswers(
  token: string,
  answers: RegistrationAnswers,
  clock: Clock = appClock(),
): Promise<UpdateOutcome> {
  const now = clock.now();
  const found = await lookUpToken(statements(), token, "manage", now);
  if (!found.ok) return { ok: false, problem: found.problem };
  const { edition, id } = found.registration;
  const editionDays = new Set(daysBetween(edition.startsOn, edition.endsOn));
  if (answers.days.some((day) => !editionDays.has(day))) return { ok: false, problem: "invalid-days" };
  const usernameChanged = (answers.githubUsername ?? null) !== found.registration.githubUsername;
  const { count } = await db().registration.updateMany({
    where: { id, status: { in: ["pending", "confirmed", "waitlisted", "offered", "applied"] } },
    data: {
      ...answers,
      updatedAt: now,
      // A new GitHub username is searched from its first page: the saved place was the old name's.
      ...(usernameChanged ? { githubSearchPage: null, githubSearchedAt: null } : {}),
    },
  });
  return count === 1 ? { ok: true } : { ok: false, problem: "not-active" };
}
