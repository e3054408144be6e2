import { Prisma } from "../../generated/prisma/client";
import type { Organizer } from "../../platform/auth/organizer";
import { clock as appClock, type Clock } from "../../platform/clock";
import { db } from "../../platform/db";
import { audit } from "../organizers";
import { PUBLISH_FROM, questionsOf } from "./questions";
import { publicFigures } from "./results";
import type { SurveyProblem } from "./wording";

/**
 * Organizers choose what the impact page shows: the average ratings, the response rate, both or
 * neither. The figures are frozen as they are now: a page that followed each new answer would
 * tell, from one look to the next, how a late answer rated. Publishing again updates them.
 */
export async function publishSurveyFigures(
  organizer: Organizer,
  editionId: string,
  chosen: { averages: boolean; responseRate: boolean },
  clock: Clock = appClock(),
): Promise<{ ok: true } | { ok: false; problem: SurveyProblem }> {
  return db().$transaction(async (tx) => {
    const survey = await tx.survey.findUnique({
      where: { editionId },
      select: { questions: true, _count: { select: { invitations: true } } },
    });
    if (!survey) return { ok: false, problem: "no-edition" };
    const answers = await tx.surveyAnswer.findMany({ where: { editionId }, select: { answers: true } });
    const publishing = chosen.averages || chosen.responseRate;
    if (publishing && answers.length < PUBLISH_FROM) return { ok: false, problem: "too-few-to-publish" };
    const figures = publishing
      ? publicFigures(
          questionsOf(survey.questions),
          answers.map((answer) => answer.answers as Record<string, unknown>),
          survey._count.invitations,
          chosen,
        )
      : null;
    await tx.survey.update({
      where: { editionId },
      data: {
        publishAverages: chosen.averages,
        publishResponseRate: chosen.responseRate,
        publishedFigures: figures ?? Prisma.DbNull,
        updatedAt: clock.now(),
      },
    });
    await audit(organizer, "survey.publish", `edition:${editionId}`, chosen, { tx, clock });
    return { ok: true };
  });
}
