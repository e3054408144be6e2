import { randomUUID } from "node:crypto";
import { todayIn } from "../../platform/calendar/calendar";
import { clock as appClock, type Clock } from "../../platform/clock";
import { db } from "../../platform/db";
import { hashToken, isWellFormedToken } from "../../platform/security/tokens";
import { AGAIN_CHOICES, answerField, MAX_TEXT_ANSWER, questionsOf, type Question } from "./questions";
import { SURVEY_FIELD_PROBLEMS, type SurveyProblem } from "./wording";

export type SurveyAnswers = Record<string, number | string>;

export type AnswerOutcome =
  | { ok: true }
  | { ok: false; problem: Extract<SurveyProblem, "link-unknown" | "link-used" | "link-expired" | "nothing-answered"> }
  | { ok: false; problem: "invalid"; fieldErrors: Record<string, string[]> };

/**
 * Reads each question's answer from the submitted fields (`answer-<id>`): a rating 1–5, free
 * text, or yes / no / maybe. Unanswered questions are left out; a wrong value is a field error.
 */
export function readAnswers(
  questions: readonly Question[],
  field: (name: string) => string | null,
): { answers: SurveyAnswers; fieldErrors: Record<string, string[]> } {
  const answers: SurveyAnswers = {};
  const fieldErrors: Record<string, string[]> = {};
  for (const question of questions) {
    const name = answerField(question);
    const value = (field(name) ?? "").trim();
    if (value === "") continue;
    if (question.kind === "rating") {
      if (/^[1-5]$/.test(value)) answers[question.id] = Number(value);
      else fieldErrors[name] = [SURVEY_FIELD_PROBLEMS.rating];
    } else if (question.kind === "again") {
      if (Object.hasOwn(AGAIN_CHOICES, value)) answers[question.id] = value;
      else fieldErrors[name] = [SURVEY_FIELD_PROBLEMS.again];
    } else if (value.length > MAX_TEXT_ANSWER) fieldErrors[name] = [SURVEY_FIELD_PROBLEMS.tooLong(MAX_TEXT_ANSWER)];
    else answers[question.id] = value;
  }
  return { answers, fieldErrors };
}

/**
 * One answer through a personal link. The link is marked used (and forgets whose it was) and
 * the answer stored in one transaction; the answer keeps no link to the invitation, no time finer
 * than the day, and the registration only when its author chose to add their name.
 */
export async function answerSurvey(
  token: string,
  field: (name: string) => string | null,
  named: { addName: boolean; name: string | null },
  clock: Clock = appClock(),
): Promise<AnswerOutcome> {
  if (!isWellFormedToken(token)) return { ok: false, problem: "link-unknown" };
  if (named.addName && !named.name)
    return { ok: false, problem: "invalid", fieldErrors: { name: [SURVEY_FIELD_PROBLEMS.name] } };
  const now = clock.now();
  const invitation = await db().surveyInvitation.findUnique({
    where: { tokenHash: hashToken(token) },
    select: {
      editionId: true,
      registrationId: true,
      survey: { select: { questions: true, edition: { select: { timeZone: true } } } },
    },
  });
  if (!invitation) return { ok: false, problem: "link-unknown" };
  const { answers, fieldErrors } = readAnswers(questionsOf(invitation.survey.questions), field);
  if (Object.keys(fieldErrors).length > 0) return { ok: false, problem: "invalid", fieldErrors };
  if (Object.keys(answers).length === 0) return { ok: false, problem: "nothing-answered" };
  return db().$transaction(async (tx) => {
    // Used, and no longer anyone's: the link row this transaction leaves names nobody.
    const used = await tx.surveyInvitation.updateMany({
      where: { tokenHash: hashToken(token), used: false, expiresAt: { gt: now } },
      data: { used: true, registrationId: null },
    });
    if (used.count === 0) {
      const link = await tx.surveyInvitation.findUniqueOrThrow({
        where: { tokenHash: hashToken(token) },
        select: { used: true },
      });
      return { ok: false, problem: link.used ? "link-used" : "link-expired" };
    }
    await tx.surveyAnswer.create({
      data: {
        id: randomUUID(),
        editionId: invitation.editionId,
        answers,
        answeredOn: todayIn(invitation.survey.edition.timeZone, now),
        name: named.addName ? named.name : null,
        registrationId: named.addName ? invitation.registrationId : null,
      },
    });
    return { ok: true };
  });
}
