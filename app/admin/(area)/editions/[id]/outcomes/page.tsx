import { ActionButton } from "@/components/ui/action-button";
import { OutcomeForm } from "@/components/outcomes/outcome-form";
import { EMPTY_OUTCOME, outcomeValues } from "@/components/outcomes/outcome-values";
import { OutcomeSummary } from "@/components/outcomes/outcome-summary";
import { confirmedPeople } from "@/lib/features/editions/reads";
import { adminOutcomes, claimsOnProposals, pendingProposals, searchState } from "@/lib/features/outcomes/reads";
import { impactOf, OUTCOME_STATUSES, DISCOVERY_WORDING } from "@/lib/features/outcomes";
import { FoundPullRequestsForm } from "@/components/outcomes/found-pull-requests";
import { GitHubClashes } from "@/components/outcomes/github-clashes";
import { clock } from "@/lib/platform/clock";
import { env } from "@/lib/platform/env";
import { count } from "@/lib/platform/text/count";
import {
  decidePullRequestsAction,
  deleteOutcomeAction,
  refreshStatusesAction,
  saveOutcomeAction,
  searchPullRequestsAction,
  settleGitHubClashAction,
} from "./actions";
import { EditionLinks } from "@/components/admin/edition-links";
import { PageHeading } from "@/components/ui/page-heading";
import { organizerEdition } from "../organizer-edition";

export const metadata = { title: "Outcomes" };

type Props = { params: Promise<{ id: string }> };

const checkedAt = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });

/** Every outcome of an edition: curate, add for people, refresh statuses from GitHub and Trac. */
export default async function OutcomesAdminPage({ params }: Props) {
  const { id, edition } = await organizerEdition(params);
  const [outcomes, people, found, search] = await Promise.all([
    adminOutcomes(id),
    confirmedPeople(id),
    pendingProposals(id),
    searchState(id),
  ]);
  const claims = await claimsOnProposals(found.map((pull) => pull.id));
  const now = clock().now();
  const refreshWeeks = env().outcomes.refreshWeeks;
  const impact = impactOf(
    outcomes.map((outcome) => ({ ...outcome, contributorIds: outcome.contributors.map((person) => person.id) })),
  );
  return (
    <div className="space-y-6">
      <EditionLinks
        edition={edition}
        publicPages={[
          { path: "/impact", label: "Public impact page" },
          { path: "/report", label: "Sponsor report" },
        ]}
      />
      <PageHeading>Outcomes: {edition.city}</PageHeading>
      <p>
        {impact.total} outcomes · {impact.mergedPullRequests} merged pull requests · {impact.contributors} people ·{" "}
        {impact.firstTimeContributors} first-time contributors
      </p>
      <ActionButton
        action={refreshStatusesAction.bind(null, id)}
        label="Refresh statuses from GitHub and Trac"
        pendingLabel="Asking GitHub and Trac…"
      />
      <section aria-labelledby="found" className="space-y-3 rounded-xl border border-sand-200 p-4">
        <h2 id="found" className="text-xl font-semibold">
          Pull requests found on GitHub
        </h2>
        <p>
          From the first day until {count(refreshWeeks, "week")} after the edition, the site looks in{" "}
          {search.outcomeRepositories.join(", ") || "no repository (set them on the edition)"} for pull requests that
          confirmed attendees opened during it and up to 14 days after: {count(search.withUsername, "attendee")} gave a
          GitHub username. Nothing found is published until someone accepts it; attendees see theirs on their manage
          page.
          {search.pullRequestsSearchedAt && ` Last search: ${checkedAt.format(search.pullRequestsSearchedAt)} UTC.`}
        </p>
        {search.pullRequestSearchPausedUntil && (
          <p role="status" className="font-medium text-terracotta-700 dark:text-sun-300">
            {DISCOVERY_WORDING.waiting(count(search.stillToSearch, "attendee"))}{" "}
            {search.pullRequestSearchProblem && search.pullRequestSearchPausedUntil > now
              ? `Paused until ${checkedAt.format(search.pullRequestSearchPausedUntil)} UTC: ${search.pullRequestSearchProblem}`
              : DISCOVERY_WORDING.continuesAt(search.pullRequestSearchPausedUntil)}
          </p>
        )}
        <GitHubClashes clashes={search.clashes} action={settleGitHubClashAction.bind(null, id)} />
        <ActionButton
          action={searchPullRequestsAction.bind(null, id)}
          label="Look for pull requests now"
          pendingLabel="Asking GitHub…"
        />
        {found.length === 0 ? (
          <p>No found pull request is waiting for a decision.</p>
        ) : (
          <FoundPullRequestsForm
            action={decidePullRequestsAction.bind(null, id)}
            found={found.map((pull) => ({
              id: pull.id,
              title: pull.title,
              url: pull.url,
              status: OUTCOME_STATUSES[pull.status],
              ticket: pull.ticket,
              openedOn: pull.openedAt.toISOString().slice(0, 10),
              person: pull.registration.name,
              claim: claims.get(pull.id) ?? null,
            }))}
          />
        )}
      </section>
      {outcomes.length === 0 ? (
        <p>
          No outcomes yet. Attendees add theirs from the link in their confirmation email; you can add them here too.
        </p>
      ) : (
        <ul className="space-y-4">
          {outcomes.map((outcome) => (
            <li key={outcome.id} className="space-y-2 rounded-xl border border-sand-200 p-4">
              <OutcomeSummary
                outcome={outcome}
                people={outcome.contributors.map((person) => person.name).join(", ") || "Nobody named"}
              />
              <p className="text-sm">
                {outcome.addedById ? "Added by an attendee" : "Added by an organizer"}
                {outcome.statusCheckedAt && ` · status checked ${checkedAt.format(outcome.statusCheckedAt)} UTC`}
              </p>
              {outcome.statusCheckError && (
                <p className="text-sm font-medium text-terracotta-700">Last check: {outcome.statusCheckError}</p>
              )}
              {outcome.notes && <p className="text-sm whitespace-pre-line">{outcome.notes}</p>}
              <details>
                <summary className="cursor-pointer underline">Edit or delete &ldquo;{outcome.title}&rdquo;</summary>
                <div className="mt-3 max-w-2xl space-y-4">
                  <OutcomeForm
                    action={saveOutcomeAction.bind(null, id, outcome.id)}
                    initial={outcomeValues(outcome)}
                    people={people}
                    peopleLegend="Who worked on it"
                    idPrefix={`outcome-${outcome.id}`}
                    submitLabel="Save changes"
                  />
                  <ActionButton
                    action={deleteOutcomeAction.bind(null, id, outcome.id)}
                    label="Delete this outcome"
                    pendingLabel="Deleting…"
                  />
                </div>
              </details>
            </li>
          ))}
        </ul>
      )}
      <section aria-labelledby="add" className="max-w-2xl space-y-3">
        <h2 id="add" className="text-xl font-semibold">
          Add an outcome
        </h2>
        <OutcomeForm
          action={saveOutcomeAction.bind(null, id, null)}
          initial={EMPTY_OUTCOME}
          people={people}
          peopleLegend="Who worked on it"
          idPrefix="new-outcome"
          submitLabel="Add outcome"
        />
      </section>
    </div>
  );
}
