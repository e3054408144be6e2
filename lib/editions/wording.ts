// What organizers read when an edition cannot be saved; the services return the code.

export type EditionProblem = "edition-gone" | "slug-taken";

export const EDITION_PROBLEMS: Record<EditionProblem, string> = {
  "edition-gone": "This edition no longer exists.",
  "slug-taken": "Another edition already uses this address.",
};
