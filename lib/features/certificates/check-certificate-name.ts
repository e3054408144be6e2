import { db } from "../../platform/db";
import { wellFormedCertificateId } from "./certificate-id";
import { normalizedName, type CertificateSnapshot } from "./snapshot";

export type NameCheck = "matches" | "differs" | "unknown" | "withdrawn";

/**
 * Whether `typed` is the full name printed on a certificate, compared as normalized text (NFC,
 * case, spaces): the answer is yes or no and says nothing about how close it came. The action
 * counts tries per client and per certificate (LIMITS in lib/platform/security/rate-limit.ts).
 */
export async function checkCertificateName(id: string, typed: string): Promise<NameCheck> {
  const wellFormed = wellFormedCertificateId(id);
  if (!wellFormed) return "unknown";
  const found = await db().certificate.findUnique({
    where: { id: wellFormed },
    select: { snapshot: true, withdrawnAt: true },
  });
  if (!found) return "unknown";
  if (found.withdrawnAt || !found.snapshot) return "withdrawn";
  const printed = (found.snapshot as CertificateSnapshot).name;
  return normalizedName(typed) === normalizedName(printed) ? "matches" : "differs";
}
