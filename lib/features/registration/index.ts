// The registration feature's entry: what routes, components and other features may use.
export { acceptOffer } from "./accept-offer";
export { cancelRegistration } from "./cancel-registration";
export { confirmRegistration } from "./confirm-registration";
export { registrationEditionColumns } from "./edition-columns";
export { lockEdition } from "./edition-lock";
export {
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
  cateringSummary,
  checkInList,
  editionHeader,
  parseRegistrationQuery,
  registrationBatches,
  registrationDetail,
  registrationPage,
  statusCounts,
  STATUSES,
} from "./reads/admin-registrations";
export { editionPeople } from "./reads/edition-people";
export { readRegistrationLink, waitingListPosition } from "./reads/registration-by-token";
export { registerForEdition } from "./register-for-edition";
export { type AdminRegistrationAction, changeRegistration, emailByStatus, setCheckedIn } from "./registration-admin";
export { registrationHousekeeping } from "./registration-housekeeping";
export { EXPERIENCE, INTERESTS, RegistrationAnswersSchema, RegistrationFormSchema } from "./schemas";
export { fillFreedSeats, seatsAndWaiting } from "./seats";
export { type RegistrationStatus, STATUS_LABELS } from "./status-labels";
export { lookUpToken, type TokenRegistration } from "./token-lookup";
export { type Placement, setStatus } from "./transitions";
export { updateRegistrationAnswers } from "./update-registration-answers";
export {
  describeAdminChange,
  describeAdminProblem,
  FORM_PROBLEMS,
  LINK_NO_LONGER_WORKS,
  LINK_PROBLEMS,
  type LinkProblem,
  SEAT_COUNT_NOTE,
} from "./wording";
export { exportRegistrations } from "./export-registrations";
export { editionPhase, type EditionPhase, registrationWindow, type RegistrationWindow } from "./registration-window";
