import { db } from "../../../platform/db";
import { hashToken, isWellFormedToken } from "../../../platform/security/tokens";
import { PUBLISH_FROM, questionsOf, type Question } from "../questions";
import { canShow, type PublishedFigures, responseRate, summarize } from "../results";

/**
 * What a survey link shows. Reading it changes nothing (mail scanners open links first): the
 * link is marked used only when an answer is sent.
 */
export async function surveyByLink(
  token: string,
  now: Date,
): Promise<{ state: "open"; editionName: string; questions: Question[] } | { state: "unknown" | "used" | "expired" }> {
  if (!isWellFormedToken(token)) return { state: "unknown" };
  const invitation = await db().surveyInvitation.findUnique({
    where: { tokenHash: hashToken(token) },
    select: {
      used: true,
      expiresAt: true,
      survey: { select: { questions: true, edition: { select: { name: true } } } },
    },
  });
  if (!invitation) return { state: "unknown" };
  if (invitation.used) return { state: "used" };
  if (invitation.expiresAt <= now) return { state: "expired" };
  return {
    state: "open",
    editionName: invitation.survey.edition.name,
    questions: questionsOf(invitation.survey.questions),
  };
}

/** The organizers' view: questions, sending, response rate and, from SHOW_FROM answers, the results. */
export async function surveyResults(editionId: string) {
  const survey = await db().survey.findUnique({
    where: { editionId },
    select: {
      questions: true,
      invitationsSentAt: true,
      publishAverages: true,
      publishResponseRate: true,
      _count: { select: { invitations: true } },
    },
  });
  const questions = questionsOf(survey?.questions);
  const answers = await db().surveyAnswer.findMany({
    where: { editionId },
    select: { answers: true, name: true, answeredOn: true },
    orderBy: [{ answeredOn: "asc" }, { id: "asc" }],
  });
  const invited = survey?._count.invitations ?? 0;
  const shown = canShow(answers.length, answers.filter((answer) => !answer.name).length);
  return {
    questions,
    invitationsSentAt: survey?.invitationsSentAt ?? null,
    invited,
    answered: answers.length,
    rate: responseRate(answers.length, invited),
    shown,
    canPublish: answers.length >= PUBLISH_FROM,
    publishAverages: survey?.publishAverages ?? false,
    publishResponseRate: survey?.publishResponseRate ?? false,
    results: shown
      ? summarize(
          questions,
          answers.map((answer) => answer.answers as Record<string, unknown>),
        )
      : [],
    named: shown ? answers.flatMap((answer) => (answer.name ? [answer.name] : [])) : [],
    rows: shown ? answers : [],
  };
}

/** What the impact page shows: the figures organizers published, as they were then. */
export async function publishedSurveyFigures(editionId: string): Promise<PublishedFigures | null> {
  const survey = await db().survey.findUnique({ where: { editionId }, select: { publishedFigures: true } });
  const figures = survey?.publishedFigures as PublishedFigures | null | undefined;
  return figures && figures.answered >= PUBLISH_FROM ? figures : null;
}
