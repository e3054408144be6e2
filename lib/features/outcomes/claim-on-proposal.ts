export type ClaimPerson = { id: string; name: string; publicListing: boolean };

/** A proposal's claim as the person deciding reads it: whose it is, and for a table, who sat there. */
export type ClaimOnProposal =
  | { kind: "personal"; ticket: number; claimant: ClaimPerson }
  | { kind: "table"; ticket: number; day: string; table: string; people: ClaimPerson[] };
