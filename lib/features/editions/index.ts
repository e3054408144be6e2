// The editions feature's entry: what routes, components and other features may use.
export { deleteSampleEdition } from "./delete-sample-edition";
export { saveEdition, setEditionPublished } from "./edition-admin";
export { editionJsonLd, jsonLdScript } from "./json-ld";
export { editionMetadata } from "./metadata";
export { editionsWithCounts, subscriberCounts, waitingForOrganizers } from "./reads/admin-dashboard";
export { confirmedPeople, editionFormValues, editionSlug, getEditionForAdmin } from "./reads/admin-editions";
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
export { SAMPLE_BANNER, visibleEditions } from "./sample";
export { EditionFormSchema, type SponsorInput, sponsorRows, SponsorSchema } from "./schemas";
export { EDITION_PROBLEMS } from "./wording";
