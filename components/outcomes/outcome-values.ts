// The outcome form's starting values; a plain module, so server components can build them.

export type OutcomeValues = {
  kind: string;
  title: string;
  url: string;
  status: string;
  area: string;
  firstContribution: boolean;
  notes: string;
  contributors: string[];
};

/** An outcome as the form's starting values; `without` leaves the editor out of the people. */
export function outcomeValues(
  outcome: {
    kind: string;
    title: string;
    url: string | null;
    status: string;
    area: string | null;
    firstContribution: boolean;
    notes: string | null;
    contributors: { id: string }[];
  },
  without?: string,
): OutcomeValues {
  return {
    kind: outcome.kind,
    title: outcome.title,
    url: outcome.url ?? "",
    status: outcome.status,
    area: outcome.area ?? "",
    firstContribution: outcome.firstContribution,
    notes: outcome.notes ?? "",
    contributors: outcome.contributors.map((person) => person.id).filter((id) => id !== without),
  };
}

export const EMPTY_OUTCOME: OutcomeValues = {
  kind: "pull_request",
  title: "",
  url: "",
  status: "open",
  area: "",
  firstContribution: false,
  notes: "",
  contributors: [],
};
