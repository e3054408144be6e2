import "server-only";
import { db } from "../../../platform/db";

export const AUDIT_PER_PAGE = 100;

/** Newest first; one extra row tells the page whether an older page exists. */
export function auditPage(page: number) {
  return db().auditEntry.findMany({
    orderBy: { at: "desc" },
    skip: (page - 1) * AUDIT_PER_PAGE,
    take: AUDIT_PER_PAGE + 1,
  });
}
