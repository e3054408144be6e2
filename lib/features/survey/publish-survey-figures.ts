import type { Organizer } from "../../platform/auth/organizer";
import { clock as appClock, type Clock } from "../../platform/clock";
import { db } from "../../platform/db";
import { audit } from "../organizers";
import { PUBLISH_FROM } from "./questions";
import type { SurveyProblem } from "./wording";

/** Organizers choose what the impact page shows: the average ratings, the response rate, both or neither. */
export async function publishSurveyFigures(
  organizer: Organizer,
  editionId: string,
  chosen: { averages: boolean; responseRate: boolean },
  clock: Clock = appClock(),
): Promise<{ ok: true } | { ok: false; problem: SurveyProblem }> {
  return db().$transaction(async (tx) => {
    const survey = await tx.survey.findUnique({
      where: { editionId },
      select: { _count: { select: { answers: true } } },
    });
    if (!survey) return { ok: false, problem: "no-edition" };
    const publishing = chosen.averages || chosen.responseRate;
    if (publishing && survey._count.answers < PUBLISH_FROM) return { ok: false, problem: "too-few-to-publish" };
    await tx.survey.update({
      where: { editionId },
      data: { publishAverages: chosen.averages, publishResponseRate: chosen.responseRate, updatedAt: clock.now() },
    });
    await audit(organizer, "survey.publish", `edition:${editionId}`, chosen, { tx, clock });
    return { ok: true };
  });
}
