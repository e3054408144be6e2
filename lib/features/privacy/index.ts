// The privacy feature's entry: what routes, components and other features may use.
export { erasePersonalData } from "./erase-personal-data";
export { exportPersonalData } from "./export-personal-data";
export { privacyConfirm, privacyExport } from "./mail-templates";
export { lookUpPrivacyRequest, requestPrivacyAction } from "./privacy-requests";
