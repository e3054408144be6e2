import "server-only";
// The visa letters feature's server-only entry: what seals or opens the passport number and date
// of birth (sealed-fields loads only where "server-only" may), for pages, route handlers and the
// attendee's action, and the pages' reads.
export { sealingAvailable as visaSealingAvailable } from "../../platform/security/sealed-fields";
export { requestVisaLetter, type VisaRequestOutcome } from "./request-visa-letter";
export { visaLetterOf } from "./visa-letter-of";
export { visaRequestOfRegistration } from "./reads/request-of-registration";
export { type EditionVisaRequest, visaRequestsOfEdition } from "./reads/requests-of-edition";
