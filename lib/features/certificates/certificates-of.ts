import { db } from "../../platform/db";
import { emailHash } from "./certificate-id";

/** A person's certificates for their data export: each one's id, date and what it printed. */
export function certificatesOf(email: string) {
  return db().certificate.findMany({
    where: { emailHash: emailHash(email) },
    select: { id: true, issuedAt: true, snapshot: true },
    orderBy: { issuedAt: "asc" },
  });
}
