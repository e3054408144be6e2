// The registration feature's client-safe entry: what client components may import (no database, no secrets).
export { StatusMessageSchema } from "./message-schema";
export {
  EXPERIENCE,
  INTERESTS,
  RegistrationAnswersSchema,
  RegistrationFormSchema,
  SprintReadinessSchema,
} from "./schemas";
export {
  READINESS_STEPS,
  type Readiness,
  TEST_RUN_STEP,
  type TestRunVerdict,
  TROUBLESHOOTING_URL,
  VERDICT_LABELS,
} from "./sprint-readiness";
export { TEST_OUTPUT_MAX_CHARS, TEST_OUTPUT_READ_CHARS } from "./test-run-output";
export { type RegistrationStatus, STATUS_LABELS } from "./status-labels";
export { type TokenRegistration } from "./token-lookup";
