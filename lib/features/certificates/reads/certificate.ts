import "server-only";
import { cache } from "react";
import { db } from "../../../platform/db";
import { wellFormedCertificateId } from "../certificate-id";
import type { CertificateSnapshot, IssuedCertificate } from "../snapshot";

export type CertificateLookup =
  { status: "unknown" } | { status: "withdrawn"; id: string } | { status: "valid"; certificate: IssuedCertificate };

/** A certificate by the id in its verification address, as it was printed. */
export const readCertificate = cache(async (id: string): Promise<CertificateLookup> => {
  const wellFormed = wellFormedCertificateId(id);
  if (!wellFormed) return { status: "unknown" };
  const found = await db().certificate.findUnique({
    where: { id: wellFormed },
    select: { id: true, issuedAt: true, snapshot: true, withdrawnAt: true },
  });
  if (!found) return { status: "unknown" };
  if (found.withdrawnAt || !found.snapshot) return { status: "withdrawn", id: found.id };
  return {
    status: "valid",
    certificate: { id: found.id, issuedAt: found.issuedAt, snapshot: found.snapshot as CertificateSnapshot },
  };
});
