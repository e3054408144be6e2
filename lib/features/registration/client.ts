// The registration feature's client-safe entry: what client components may import (no database, no secrets).
export { StatusMessageSchema } from "./message-schema";
export { EXPERIENCE, INTERESTS, RegistrationAnswersSchema, RegistrationFormSchema } from "./schemas";
export { type RegistrationStatus, STATUS_LABELS } from "./status-labels";
export { type TokenRegistration } from "./token-lookup";
