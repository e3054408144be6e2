import "server-only";
// The editions feature's reads for pages (server components and route handlers only).
export { editionsWithCounts, subscriberCounts, waitingForOrganizers } from "./reads/admin-dashboard";
export { confirmedPeople, editionFormValues, getEditionForAdmin } from "./reads/admin-editions";
export {
  type EditionCard,
  type EditionDetail,
  getAvailability,
  getDraftEdition,
  getNextEdition,
  getPublishedEdition,
  listPastEditions,
  listPublicAttendees,
  listPublishedEditions,
} from "./reads/editions";
export { editionMetadata } from "./metadata";
