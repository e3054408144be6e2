import { createHash, randomBytes } from "node:crypto";

const ALPHABET = "abcdefghijklmnopqrstuvwxyz234567"; // RFC 4648 base32, in lower case

/**
 * A certificate's public id: 128 random bits in 26 characters of base32 (letters and 2–7, no
 * 0/1/8/9 to mistake for O/I/B/g), short enough to type from paper and too many to guess.
 */
export function newCertificateId(): string {
  const bytes = randomBytes(17); // 136 bits read, 130 used: 26 characters of 5 bits
  let bits = 0;
  let value = 0;
  let id = "";
  for (const byte of bytes) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5 && id.length < 26) {
      id += ALPHABET[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
    value &= (1 << bits) - 1;
  }
  return id;
}

/** A typed id in any case; anything else is refused before touching the database. */
export function wellFormedCertificateId(id: string): string | null {
  const lower = id.trim().toLowerCase();
  return /^[a-z2-7]{26}$/.test(lower) ? lower : null;
}

/** How a certificate remembers whose it was, for erasure once its registration is gone. */
export function emailHash(email: string): string {
  return createHash("sha256").update(email.trim().toLowerCase()).digest("hex");
}

export function certificateUrl(siteUrl: string, id: string): string {
  return `${siteUrl}/certificates/${id}`;
}
