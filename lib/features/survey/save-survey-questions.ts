import { randomBytes } from "node:crypto";
import type { Prisma } from "../../generated/prisma/client";
import type { Organizer } from "../../platform/auth/organizer";
import { clock as appClock, type Clock } from "../../platform/clock";
import { db } from "../../platform/db";
import { audit } from "../organizers";
import { DEFAULT_QUESTIONS, MAX_QUESTIONS, questionsOf, type Question } from "./questions";
import type { SurveyQuestionsInput } from "./schemas";
import type { SurveyProblem } from "./wording";

type Tx = Prisma.TransactionClient;

/** An edition's survey, created with the default questions the first time anyone needs it. */
export async function ensureSurvey(tx: Tx, editionId: string, now: Date) {
  return tx.survey.upsert({
    where: { editionId },
    create: { editionId, questions: [...DEFAULT_QUESTIONS], updatedAt: now },
    update: {},
  });
}

/**
 * Organizers edit the questions until the invitations go out: a row with an empty prompt is
 * removed, a new row gets a fresh id (answers refer to questions by id).
 */
export async function saveSurveyQuestions(
  organizer: Organizer,
  editionId: string,
  input: SurveyQuestionsInput,
  clock: Clock = appClock(),
): Promise<{ ok: true; count: number } | { ok: false; problem: SurveyProblem }> {
  const now = clock.now();
  return db().$transaction(async (tx) => {
    const edition = await tx.edition.findUnique({ where: { id: editionId }, select: { id: true } });
    if (!edition) return { ok: false, problem: "no-edition" };
    const survey = await ensureSurvey(tx, editionId, now);
    // From the first invitation on (a batch may still be going out), the questions stay as asked.
    const invited = await tx.surveyInvitation.count({ where: { editionId } });
    if (survey.invitationsSentAt || invited > 0) return { ok: false, problem: "already-sent" };
    const known = new Set(questionsOf(survey.questions).map((question) => question.id));
    const questions: Question[] = input.questions
      .filter((row) => row.prompt.length > 0)
      .slice(0, MAX_QUESTIONS)
      .map((row) => ({
        id: row.id && known.has(row.id) ? row.id : `q${randomBytes(4).toString("hex")}`,
        kind: row.kind,
        prompt: row.prompt,
      }));
    if (questions.length === 0) return { ok: false, problem: "no-questions" };
    await tx.survey.update({ where: { editionId }, data: { questions, updatedAt: now } });
    await audit(organizer, "survey.questions", `edition:${editionId}`, { count: questions.length }, { tx, clock });
    return { ok: true, count: questions.length };
  });
}
