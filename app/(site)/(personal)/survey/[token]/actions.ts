"use server";

import { redirect } from "next/navigation";
import { publicAction } from "@/lib/platform/forms/public-action";
import { answerSurvey, SURVEY_PROBLEMS, SurveyAnswerSchema } from "@/lib/features/survey";
import { INVALID_FORM } from "@/lib/platform/forms/action-state";

// The link's token is the person's credential; the service checks it and uses it once.
export const answerSurveyAction = publicAction(
  SurveyAnswerSchema,
  (token: string) =>
    async ({ input, formData }) => {
      const field = (name: string) => {
        const value = formData.get(name);
        return typeof value === "string" ? value : null;
      };
      const answered = await answerSurvey(token, field, input);
      if (answered.ok) redirect(`/survey/${token}?done=1`);
      if (answered.problem === "invalid")
        return { status: "error", message: INVALID_FORM, fieldErrors: answered.fieldErrors };
      return { status: "error", message: SURVEY_PROBLEMS[answered.problem] };
    },
  {
    limits: (_input, address, token) => [
      ["survey-link", token],
      ["survey-address", address],
    ],
    tooMany: "Too many tries with this survey link for now. Please try again in ten minutes.",
  },
);
