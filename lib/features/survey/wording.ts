import { PUBLISH_FROM } from "./questions";

export type SurveyProblem =
  | "no-edition"
  | "already-sent"
  | "no-questions"
  | "too-early"
  | "too-few-to-publish"
  | "link-unknown"
  | "link-used"
  | "link-expired"
  | "nothing-answered";

export const SURVEY_PROBLEMS: Record<SurveyProblem, string> = {
  "no-edition": "There is no such edition: reload the page.",
  "already-sent":
    "The invitations have gone out, so the questions can no longer change: answers must mean the same for everyone.",
  "no-questions": "Keep at least one question.",
  "too-early": "The invitations can go out from the start of the last day.",
  "too-few-to-publish": `Figures can be published once ${PUBLISH_FROM} people have answered, so that nobody's answer can be told apart.`,
  "link-unknown": "This survey link is not one of ours. Check that the whole link was copied from the email.",
  "link-used": "This survey link has already been used: each link takes one answer. Thank you for yours!",
  "link-expired": "This survey has closed.",
  "nothing-answered": "Answer at least one question before sending.",
};

export const SURVEY_FIELD_PROBLEMS = {
  rating: "Choose a number from 1 to 5.",
  again: "Choose yes, no or maybe.",
  tooLong: (max: number) => `At most ${max.toLocaleString("en-GB")} characters.`,
  name: "Enter your name, or untick “add my name”.",
} as const;
