import "server-only";
// The travel grants feature's server-only entry: what seals or opens a request's reason
// (sealed-fields loads only where "server-only" may), for pages, actions and the privacy export,
// and the pages' reads.
export { sealingAvailable as grantSealingAvailable } from "../../platform/security/sealed-fields";
export { askForGrant, type AskOutcome, withdrawGrantRequest } from "./ask-for-grant";
export { GRANT_EXPORT_NOTE, grantsOf } from "./grants-of";
export { registerAndAskForGrant } from "./register-and-ask";
export { setGrantSettings, type SettingsOutcome } from "./set-grant-settings";
export { editionGrants, type EditionGrantRequest } from "./reads/edition-grants";
export { grantOfRegistration, grantsOpenAt } from "./reads/grant-of-registration";
