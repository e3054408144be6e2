// The certificates feature's entry: its use cases, schemas and wording, for routes, components, other
// features and the composition (lib/server), which the worker and instrumentation import: nothing
// here may reach a "server-only" module (the import rules check it).
export { certificateHousekeeping, KEEP_CERTIFICATES_YEARS } from "./certificate-housekeeping";
export { certificateUrl, wellFormedCertificateId } from "./certificate-id";
export {
  certificateTitle,
  checkedInDays,
  editionLine,
  issuedOn,
  outcomeLine,
  recordedByLine,
} from "./certificate-text";
export { certificatesOf } from "./certificates-of";
export { checkCertificateName, type NameCheck } from "./check-certificate-name";
export { issueCertificate, type IssueOutcome } from "./issue-certificate";
export { fontFiles as dejaVuSansFiles, PageWriter, renderCertificatePdf } from "./render-certificate-pdf";
export { CertificateNameSchema } from "./schemas";
export { firstName, type CertificateSnapshot, type IssuedCertificate } from "./snapshot";
export { withdrawCertificates } from "./withdraw-certificates";
export { CERTIFICATE_PROBLEMS, type CertificateProblem, NAME_CHECK } from "./wording";
