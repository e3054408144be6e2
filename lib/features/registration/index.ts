// The registration feature's entry: its use cases, schemas and wording, for routes, components, other
// features and the composition (lib/server), which the worker and instrumentation import: nothing
// here may reach a "server-only" module (the import rules check it).
export { acceptOffer } from "./accept-offer";
export { cancelRegistration } from "./cancel-registration";
export { confirmRegistration } from "./confirm-registration";
export { registrationEditionColumns } from "./edition-columns";
export {
  registrationAccepted,
  registrationApplied,
  registrationDeclined,
  registrationAlready,
  registrationCancelled,
  registrationConfirm,
  registrationConfirmed,
  registrationOffer,
  registrationStillComing,
  registrationWaitlisted,
} from "./mail-templates";
export { StatusMessageSchema } from "./message-schema";
export { overCapacityNote } from "./over-capacity";
export {
  readForRegistration,
  type RegisterOptions,
  registerForEdition,
  type RegistrationRead,
} from "./register-for-edition";
export { type AdminRegistrationAction, changeRegistration, emailByStatus, setCheckedIn } from "./registration-admin";
export { registrationHousekeeping } from "./registration-housekeeping";
export { editionPhase, registrationWindow, type RegistrationWindow } from "./registration-window";
export {
  EXPERIENCE,
  INTERESTS,
  RegistrationAnswersSchema,
  RegistrationFormSchema,
  type RegistrationForm,
  SprintReadinessSchema,
} from "./schemas";
export { saveSprintReadiness } from "./save-sprint-readiness";
export {
  isReady,
  NOT_STARTED,
  READINESS_STEPS,
  type Readiness,
  type ReadinessStep,
  remainingSteps,
  stepLabel,
  TEST_RUN_STEP,
  type TestRunVerdict,
  TROUBLESHOOTING_URL,
  VERDICT_LABELS,
} from "./sprint-readiness";
export { readTestRun, TEST_OUTPUT_MAX_CHARS, TEST_OUTPUT_READ_CHARS } from "./test-run-output";
export { changeSeats, lockEdition, type Placement, seatsAndWaiting, type SeatChangeResult } from "./seat-statement";
export { deadlineText, lastUsefulVisaDecision, type Selection, VISA_DECISION_LEAD_DAYS } from "./application-deadline";
export { type RegistrationStatus, STATUS_LABELS } from "./status-labels";
export { manageLinkFor } from "./messages";
export { lookUpToken, type TokenRegistration } from "./token-lookup";
export { updateRegistrationAnswers } from "./update-registration-answers";
export {
  describeAdminChange,
  describeAdminProblem,
  describeTestRunProblem,
  FORM_PROBLEMS,
  LINK_NO_LONGER_WORKS,
  LINK_PROBLEMS,
  type LinkProblem,
  READINESS_PROBLEMS,
  SEAT_COUNT_NOTE,
} from "./wording";
export { allowPdfDownload } from "./pdf-download-limit";
