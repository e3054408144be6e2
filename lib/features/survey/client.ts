// The survey feature's client-safe entry: what client components may import (no database, no secrets).
export {
  AGAIN_CHOICES,
  answerField,
  MAX_TEXT_ANSWER,
  QUESTION_KINDS,
  type Question,
  type QuestionKind,
} from "./questions";
export { SurveyAnswerSchema, SurveyPublishingSchema, SurveyQuestionsSchema } from "./schemas";
