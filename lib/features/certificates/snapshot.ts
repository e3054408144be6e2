import type { OutcomeKind, OutcomeStatus } from "../outcomes";

/**
 * What a certificate printed, stored when it is issued: its verification page shows exactly this,
 * "as of" the day it was issued, after the registration it came from is gone.
 */
export type CertificateSnapshot = {
  name: string;
  edition: { name: string; city: string; country: string; startsOn: string; endsOn: string };
  /** YYYY-MM-DD, the days they were checked in at the door. */
  days: string[];
  outcomes: { kind: OutcomeKind; title: string; url: string | null; status: OutcomeStatus }[];
  /** The names of the organizers who checked them in (those who gave a name); none: "the organizers". */
  recordedBy: string[];
};

/** A certificate as its page and its PDF see it; `snapshot` null once withdrawn. */
export type IssuedCertificate = { id: string; issuedAt: Date; snapshot: CertificateSnapshot };

/** Two snapshots print the same certificate (the database's JSON does not keep the order of keys). */
export function sameSnapshot(a: unknown, b: unknown): boolean {
  return canonical(a) === canonical(b);
}

function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(",")}]`;
  if (value && typeof value === "object")
    return `{${Object.keys(value)
      .sort()
      .map((key) => `${JSON.stringify(key)}:${canonical((value as Record<string, unknown>)[key])}`)
      .join(",")}}`;
  return JSON.stringify(value ?? null);
}

/** The first name alone, which the verification page shows to anyone with the link. */
export function firstName(name: string): string {
  return name.trim().split(/\s+/u)[0] ?? "";
}

/**
 * A name as compared with the printed one: Unicode NFC, spaces trimmed and runs of them made one,
 * and case set aside by upper-casing (ß and SS agree) with the dotted and dotless i of Turkish
 * and Azerbaijani as one letter (ı and I, İ and i are each other's capitals there, not elsewhere).
 * Accents count: "Nunez" is not "Ñúñez".
 */
export function normalizedName(name: string): string {
  return name
    .normalize("NFC")
    .trim()
    .replace(/\s+/gu, " ")
    .toUpperCase()
    .replace(/\u0130/gu, "I")
    .normalize("NFC");
}
