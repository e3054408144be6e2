// The visa letters feature's entry: its use cases that never open a sealed field, schemas and
// wording, for routes, components, other features and the composition (lib/server), which the
// worker and instrumentation import: nothing here may reach a "server-only" module (the import
// rules check it). What seals or opens the passport number is in reads.ts.
export { approveVisaLetter, declineVisaLetter, type DecisionOutcome } from "./decide-visa-letter";
export { KEEP_VISA_REQUESTS_DAYS, mayAskForVisaLetter, STAY_MARGIN_DAYS } from "./eligibility";
export { costsLine, letterParagraphs, longDate, type VisaLetter } from "./letter-text";
export { visaLetterDeclined, visaLetterReady } from "./mail-templates";
export { renderVisaLetterPdf } from "./render-visa-letter-pdf";
export { VisaLetterDeclineSchema, VisaLetterRequestSchema, type VisaLetterRequestInput } from "./schemas";
export { birthDateIsSane, stayProblems, type StayProblem } from "./stay";
export { visaLetterHousekeeping } from "./visa-letter-housekeeping";
export {
  BIRTH_DATE_PROBLEM,
  SEALING_UNAVAILABLE,
  STAY_PROBLEMS,
  UNOPENABLE_FIELD,
  UNOPENABLE_REQUEST,
  VISA_LETTER_PROBLEMS,
  visaLetterProblemText,
  type VisaLetterProblem,
} from "./wording";
