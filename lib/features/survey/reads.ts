import "server-only";
// The survey feature's reads for pages (server components and route handlers only).
export { publishedSurveyFigures, surveyByLink, surveyResults } from "./reads/survey";
