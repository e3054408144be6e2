// The privacy feature's entry: its use cases, schemas and wording, for routes, components, other
// features and the composition (lib/server), which the worker and instrumentation import: nothing
// here may reach a "server-only" module (the import rules check it).
export { erasePersonalData } from "./erase-personal-data";
export { privacyConfirm, privacyExport } from "./mail-templates";
export { lookUpPrivacyRequest, requestPrivacyAction } from "./privacy-requests";
