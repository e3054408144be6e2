import { z } from "zod";
import { optionalLine } from "../../platform/validation/fields";
import { MAX_QUESTIONS } from "./questions";

const checkbox = z.preprocess((value) => value === "on", z.boolean());

/** Organizers' edit of the questions: each row's prompt (empty removes it) and kind. */
export const SurveyQuestionsSchema = z.object({
  questions: z
    .array(
      z.object({
        id: z.preprocess((value) => value || undefined, z.string().max(40).optional()),
        prompt: z.preprocess(
          (value) => (typeof value === "string" ? value : ""),
          z.string().trim().max(200, { message: "A question can be at most 200 characters." }),
        ),
        kind: z.enum(["rating", "text", "again"], { message: "Choose how it is answered." }),
      }),
    )
    .max(MAX_QUESTIONS + 2),
});

/** What organizers publish on the impact page. */
export const SurveyPublishingSchema = z.object({ averages: checkbox, responseRate: checkbox });

/** The fixed part of an answer: whether to add one's name. Each question's answer is its own field. */
export const SurveyAnswerSchema = z.object({
  addName: checkbox,
  name: optionalLine("Your name", 120),
});

export type SurveyQuestionsInput = z.output<typeof SurveyQuestionsSchema>;
