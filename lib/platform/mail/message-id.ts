/**
 * A message's Message-ID, the same for every attempt so that a receiver can drop a duplicate.
 * A module of its own: the two-instances end-to-end test imports it without the database.
 */
export function messageIdFor(rowId: string, domain: string): string {
  return `<${rowId}@${domain}>`;
}
