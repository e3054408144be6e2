// The survey feature's entry: its use cases, schemas and wording, for routes, components, other
// features and the composition (lib/server), which the worker and instrumentation import: nothing
// here may reach a "server-only" module (the import rules check it).
export { answerSurvey, readAnswers } from "./answer-survey";
export { exportSurveyAnswers } from "./export-survey-answers";
export { surveyInvitation } from "./mail-templates";
export { publishSurveyFigures } from "./publish-survey-figures";
export { AGAIN_CHOICES, answerField, QUESTION_KINDS, SHOW_FROM, PUBLISH_FROM, type Question } from "./questions";
export { saveSurveyQuestions } from "./save-survey-questions";
export { SurveyAnswerSchema, SurveyPublishingSchema, SurveyQuestionsSchema } from "./schemas";
export { sendSurveyInvitations, sendSurveyNow } from "./send-survey-invitations";
export { SURVEY_FIELD_PROBLEMS, SURVEY_PROBLEMS } from "./wording";
