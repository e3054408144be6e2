// What organizers read when adding or revoking an organizer fails; the services return the code.

export type OrganizerProblem = "in-environment" | "already-organizer" | "cannot-revoke-self" | "not-added-here";

export function describeOrganizerProblem(problem: OrganizerProblem, email: string): string {
  switch (problem) {
    case "in-environment":
      return `${email} is already an organizer (in ORGANIZER_EMAILS).`;
    case "already-organizer":
      return `${email} is already an organizer.`;
    case "cannot-revoke-self":
      return "You cannot revoke yourself; ask another organizer.";
    case "not-added-here":
      return `${email} is not an organizer added here.`;
  }
}
