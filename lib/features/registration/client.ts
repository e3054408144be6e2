// The registration feature's client-safe entry: what client components may import (no database, no secrets).
export { STATUS_LABELS } from "./status-labels";
export { EXPERIENCE, INTERESTS, RegistrationAnswersSchema, RegistrationFormSchema } from "./schemas";
export { StatusMessageSchema } from "./message-schema";
