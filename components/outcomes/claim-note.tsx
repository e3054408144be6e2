import type { ClaimOnProposal } from "@/lib/features/outcomes/client";

const firstName = (name: string) => name.trim().split(/\s+/)[0]!;

type Props = {
  claim: ClaimOnProposal;
  /** Organizers read full names; an attendee reads first names of people on the public list. */
  names: "full" | "listed-first-names";
};

/** "Ticket #N was claimed on the board by …": what accepting a found pull request also credits. */
export function ClaimNote({ claim, names }: Props) {
  const who = (person: { name: string; publicListing: boolean }) =>
    names === "full" ? person.name : person.publicListing ? firstName(person.name) : "an attendee";
  return (
    <span className="block text-sm">
      {claim.kind === "personal"
        ? `Ticket #${claim.ticket} was claimed on the board by ${who(claim.claimant)}: adding it credits them too.`
        : `Ticket #${claim.ticket} was claimed on the board by ${claim.table} (${claim.day}): tick who worked on it.`}
    </span>
  );
}
