import type { Organizer } from "../../platform/auth/organizer";
import { clock as appClock, type Clock } from "../../platform/clock";
import { db } from "../../platform/db";
import { audit } from "../organizers";
import { canShow } from "./results";
import { questionsOf } from "./questions";

/**
 * An organizer downloads an edition's answers (the download is recorded first). Like the results
 * on the page, no answer is in it until they can be shown (results.ts, canShow): the file then
 * holds only its header row. null for an unknown edition.
 */
export async function exportSurveyAnswers(organizer: Organizer, editionId: string, clock: Clock = appClock()) {
  const edition = await db().edition.findUnique({
    where: { id: editionId },
    select: { slug: true, survey: { select: { questions: true } } },
  });
  if (!edition) return null;
  const questions = questionsOf(edition.survey?.questions);
  const header = ["answered_on", "name", ...questions.map((question) => question.prompt)];
  const answers = await db().surveyAnswer.findMany({
    where: { editionId },
    select: { answers: true, answeredOn: true, name: true },
    orderBy: [{ answeredOn: "asc" }, { id: "asc" }],
  });
  if (!canShow(answers.length, answers.filter((answer) => !answer.name).length))
    return { slug: edition.slug, header, rows: [] };
  await audit(organizer, "survey.export", `edition:${editionId}`, { answers: answers.length }, { clock });
  return {
    slug: edition.slug,
    header,
    rows: answers.map((answer) => {
      const given = answer.answers as Record<string, unknown>;
      return [answer.answeredOn, answer.name ?? "", ...questions.map((question) => given[question.id] ?? "")];
    }),
  };
}
