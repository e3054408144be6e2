import "server-only";
// The registration feature's reads for pages (server components and route handlers only).
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
export { sprintReadinessOf } from "./reads/sprint-readiness";
export { exportRegistrations } from "./export-registrations";
