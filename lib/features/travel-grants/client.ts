// What client components may use: schemas, limits and labels (no database, no secrets).
export { MAX_GRANT_EUROS, MAX_REASON_CHARS } from "./rules";
export {
  GrantAskSchema,
  GrantDecisionSchema,
  GrantPaidSchema,
  GrantSettingsSchema,
  RegistrationWithGrantSchema,
} from "./schemas";
export { GRANT_STATUS_LABELS } from "./wording";
