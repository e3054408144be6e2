import { ActionButton } from "@/components/ui/action-button";
import { OutcomeForm } from "@/components/outcomes/outcome-form";
import { EMPTY_OUTCOME, outcomeValues } from "@/components/outcomes/outcome-values";
import { OutcomeSummary } from "@/components/outcomes/outcome-summary";
import { ClaimNote } from "@/components/outcomes/claim-note";
import { TableCreditForm } from "@/components/outcomes/table-credit-form";
import {
  attendeeOutcomes,
  claimsOnProposals,
  listedColleagues,
  ownPendingProposals,
} from "@/lib/features/outcomes/reads";
import { OUTCOME_STATUSES } from "@/lib/features/outcomes";
import type { ClaimOnProposal } from "@/lib/features/outcomes/client";
import {
  acceptTablePullRequestAction,
  decideOwnPullRequestAction,
  deleteOwnOutcomeAction,
  saveOwnOutcomeAction,
} from "./outcome-actions";

type Props = { token: string; registrationId: string; editionId: string; editionName: string };

/** "What you worked on": an attendee's own outcomes, editable, and a form to add one. */
export async function YourOutcomes({ token, registrationId, editionId, editionName }: Props) {
  const [outcomes, colleagues, found] = await Promise.all([
    attendeeOutcomes(editionId, registrationId),
    listedColleagues(editionId, registrationId),
    ownPendingProposals(registrationId),
  ]);
  const claims = await claimsOnProposals(found.map((pull) => pull.id));
  const legend = "Who worked on it with you (people on the public attendee list)";
  return (
    <section aria-labelledby="outcomes" className="space-y-4 rounded-xl border border-sand-200 p-5 dark:border-sea-800">
      <h2 id="outcomes" className="text-xl font-semibold">
        What you worked on
      </h2>
      <p>
        During and after {editionName}, note your pull requests, tickets, reviews and write-ups here. They add up to the
        edition&apos;s public impact page; your name shows there only if you are on the public attendee list.
      </p>
      {found.length > 0 && (
        <section aria-labelledby="found-for-you" className="space-y-3">
          <h3 id="found-for-you" className="text-lg font-semibold">
            Pull requests we found for you
          </h3>
          <p>
            Opened under your GitHub username during the edition or the two weeks after. Add those that came from the
            sprint; nothing is shown publicly until you do.
          </p>
          <ul className="space-y-3">
            {found.map((pull) => (
              <li key={pull.id} className="space-y-2 border-t border-sand-200 pt-3 dark:border-sea-800">
                <p>
                  <a className="font-medium underline" href={pull.url}>
                    {pull.title}
                  </a>
                  <span className="block text-sm">
                    Opened {pull.openedAt.toISOString().slice(0, 10)} · {OUTCOME_STATUSES[pull.status]}
                    {pull.ticket !== null && ` · ticket #${pull.ticket}`}
                  </span>
                </p>
                {claims.get(pull.id) && <ClaimNote claim={claims.get(pull.id)!} names="listed-first-names" />}
                <FoundPullRequestChoices
                  token={token}
                  proposalId={pull.id}
                  claim={claims.get(pull.id)}
                  self={registrationId}
                />
              </li>
            ))}
          </ul>
        </section>
      )}
      {outcomes.length > 0 && (
        <ul className="space-y-4">
          {outcomes.map((outcome) => (
            <li key={outcome.id} className="space-y-2 border-t border-sand-200 pt-3 dark:border-sea-800">
              <OutcomeSummary
                outcome={outcome}
                people={outcome.contributors
                  // Others by name only when they chose the public attendee list (as everywhere attendees look).
                  .map((person) =>
                    person.id === registrationId ? "you" : person.publicListing ? person.name : "an attendee",
                  )
                  .join(", ")}
              />
              {outcome.addedById === registrationId ? (
                <details>
                  <summary className="cursor-pointer underline">Edit or remove &ldquo;{outcome.title}&rdquo;</summary>
                  <div className="mt-3 space-y-4">
                    <OutcomeForm
                      action={saveOwnOutcomeAction.bind(null, token, outcome.id)}
                      initial={outcomeValues(outcome, registrationId)}
                      people={colleagues}
                      peopleLegend={legend}
                      idPrefix={`outcome-${outcome.id}`}
                      submitLabel="Save changes"
                    />
                    <ActionButton
                      action={deleteOwnOutcomeAction.bind(null, token, outcome.id)}
                      label="Remove this outcome"
                      pendingLabel="Removing…"
                    />
                  </div>
                </details>
              ) : (
                <p className="text-sm">Added by a colleague or the organizers.</p>
              )}
            </li>
          ))}
        </ul>
      )}
      <h3 className="text-lg font-semibold">Add an outcome</h3>
      <OutcomeForm
        action={saveOwnOutcomeAction.bind(null, token, null)}
        initial={EMPTY_OUTCOME}
        people={colleagues}
        peopleLegend={legend}
        idPrefix="new-outcome"
        submitLabel="Add outcome"
      />
    </section>
  );
}

type ChoicesProps = { token: string; proposalId: string; claim: ClaimOnProposal | undefined; self: string };

/** Add or set aside a found pull request; on a table's claimed ticket, adding asks who worked on it. */
function FoundPullRequestChoices({ token, proposalId, claim, self }: ChoicesProps) {
  const setAside = (
    <ActionButton
      action={decideOwnPullRequestAction.bind(null, token, proposalId, "reject")}
      label="Not from the sprint"
      pendingLabel="Setting aside…"
    />
  );
  if (claim?.kind === "table")
    return (
      <div className="space-y-3">
        <TableCreditForm
          action={acceptTablePullRequestAction.bind(null, token, proposalId)}
          idPrefix={`found-${proposalId}`}
          table={claim.table}
          mates={claim.people
            .filter((person) => person.id !== self && person.publicListing)
            .map((person) => ({ id: person.id, firstName: person.name.trim().split(/\s+/)[0]! }))}
        />
        {setAside}
      </div>
    );
  return (
    <div className="flex flex-wrap gap-3">
      <ActionButton
        action={decideOwnPullRequestAction.bind(null, token, proposalId, "accept")}
        label="Add to what I worked on"
        pendingLabel="Adding…"
      />
      {setAside}
    </div>
  );
}
