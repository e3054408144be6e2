import { type PublicOutcome } from "@/lib/features/outcomes/reads";
import { OutcomeSummary } from "./outcome-summary";

const people = (outcome: PublicOutcome) => {
  const others =
    outcome.unlisted === 0 ? [] : [outcome.unlisted === 1 ? "1 more attendee" : `${outcome.unlisted} more attendees`];
  return [...outcome.listed, ...others].join(", ");
};

/** The public list of outcomes: names only of people on the public attendee list. */
export function OutcomeList({ outcomes }: { outcomes: PublicOutcome[] }) {
  return (
    <ul className="space-y-3">
      {outcomes.map((outcome) => (
        <li key={outcome.id} className="border-t border-sand-200 pt-3 dark:border-sea-800 print:break-inside-avoid">
          <OutcomeSummary outcome={outcome} people={people(outcome)} />
        </li>
      ))}
    </ul>
  );
}
