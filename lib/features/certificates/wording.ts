// What people read when the certificates' use cases answer with a problem code.

export type CertificateProblem = "link-dead" | "not-ended" | "not-checked-in" | "too-many";

export const CERTIFICATE_PROBLEMS: Record<CertificateProblem, string> = {
  "link-dead": "This link no longer works.",
  "not-ended": "Certificates can be downloaded once the edition has ended.",
  "not-checked-in":
    "There is no certificate for you: you were not checked in on any day of the edition. If you were there, please write to the organizers.",
  "too-many": "You downloaded it many times: try again in a few minutes.",
};

export const NAME_CHECK = {
  matches: "Yes: this is the full name printed on the certificate.",
  differs: "No: this is not the name printed on the certificate. Type it as it is printed, with its accents.",
  tooMany: "Too many tries for this certificate. Please try again in an hour.",
  unknown: "Not a certificate of this site.",
  withdrawn: "This certificate was withdrawn.",
} as const;
