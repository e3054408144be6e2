// What organizers read when an edition cannot be saved; the services return the code.

export type EditionProblem =
  "edition-gone" | "slug-taken" | "selection-fixed" | "not-a-sample" | "sample-on-public-site";

export const EDITION_PROBLEMS: Record<EditionProblem, string> = {
  "edition-gone": "This edition no longer exists.",
  "slug-taken": "Another edition already uses this address.",
  "selection-fixed": "People have already applied/registered: the way places are given cannot change now.",
  "not-a-sample": "Only the sample edition can be deleted here: a real edition's record is kept.",
  "sample-on-public-site": "This site is public: the sample edition is never shown on it. Delete it instead.",
};
