"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { organizerAction } from "@/lib/platform/forms/organizer-action";
import { publicPagesChanged } from "@/lib/platform/server/public-pages";
import {
  publishSurveyFigures,
  saveSurveyQuestions,
  sendSurveyNow,
  SURVEY_PROBLEMS,
  SurveyPublishingSchema,
  SurveyQuestionsSchema,
} from "@/lib/features/survey";

const surveyPage = (editionId: string) => `/admin/editions/${editionId}/survey`;

export const saveSurveyQuestionsAction = organizerAction(
  SurveyQuestionsSchema,
  (editionId: string) =>
    async ({ organizer, input }) => {
      const saved = await saveSurveyQuestions(organizer, editionId, input);
      if (!saved.ok) return { status: "error", message: SURVEY_PROBLEMS[saved.problem] };
      revalidatePath(surveyPage(editionId));
      // A fresh page: new questions get their ids, and the form shows them as saved.
      redirect(`${surveyPage(editionId)}?saved=${saved.count}`);
    },
);

export const publishSurveyFiguresAction = organizerAction(
  SurveyPublishingSchema,
  (editionId: string) =>
    async ({ organizer, input }) => {
      const published = await publishSurveyFigures(organizer, editionId, input);
      if (!published.ok) return { status: "error", message: SURVEY_PROBLEMS[published.problem] };
      publicPagesChanged();
      revalidatePath(surveyPage(editionId));
      return {
        status: "success",
        message:
          input.averages || input.responseRate
            ? "Saved. The impact page shows it now."
            : "Saved. The impact page shows nothing of the survey.",
        keepValues: true,
      };
    },
);

export const sendSurveyNowAction = organizerAction(null, (editionId: string) => async ({ organizer }) => {
  const sent = await sendSurveyNow(organizer, editionId);
  if (!sent.ok) return { status: "error", message: SURVEY_PROBLEMS[sent.problem] };
  revalidatePath(surveyPage(editionId));
  return {
    status: "success",
    message:
      sent.queued === 0
        ? "Everyone checked in has been invited already."
        : `Invited ${sent.queued === 1 ? "1 person" : `${sent.queued} people`}: the emails are on their way.`,
  };
});
