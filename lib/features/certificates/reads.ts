import "server-only";
// The certificates feature's reads for pages (server components and route handlers only).
export { readCertificate, type CertificateLookup } from "./reads/certificate";
export { certificateStanding, type CertificateStanding } from "./reads/certificate-standing";
