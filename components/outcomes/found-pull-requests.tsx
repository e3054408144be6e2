"use client";

import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { choicesOf, FieldErrors } from "@/components/ui/fields";
import { useActionForm, type FormAction } from "@/components/ui/form";
import { ProposalDecisionSchema } from "@/lib/features/outcomes/client";
import type { ClaimOnProposal } from "@/lib/features/outcomes/client";
import { ClaimNote } from "./claim-note";

export type FoundPullRequest = {
  id: string;
  title: string;
  url: string;
  status: string;
  ticket: number | null;
  openedOn: string;
  person: string;
  /** The board's claim on the ticket it names, if any. */
  claim: ClaimOnProposal | null;
};

type Props = { action: FormAction; found: FoundPullRequest[] };

/** Organizers tick found pull requests and add them to the outcomes, or set them aside, together. */
export function FoundPullRequestsForm({ action, found }: Props) {
  const { state, fields, formProps } = useActionForm(action, { schema: ProposalDecisionSchema });
  const { proposal, worked } = fields;
  const ticked = new Set(choicesOf(proposal));
  const workedTicked = new Set(choicesOf(worked));
  return (
    <form {...formProps} className="space-y-3">
      <fieldset className="space-y-2" aria-describedby={proposal.errors?.length ? "proposal-error" : undefined}>
        <legend className="font-semibold">Found, waiting for a decision</legend>
        <ul key={proposal.key} className="space-y-2">
          {found.map((pull) => (
            <li key={pull.id}>
              <label className="flex items-start gap-2">
                <input
                  type="checkbox"
                  name="proposal"
                  value={pull.id}
                  defaultChecked={ticked.has(pull.id)}
                  className="mt-1 size-4 accent-sea-700"
                />
                <span>
                  <span className="font-medium">{pull.title}</span>
                  <span className="block text-sm">
                    {pull.person} · opened {pull.openedOn} · {pull.status}
                    {pull.ticket !== null && ` · ticket #${pull.ticket}`} ·{" "}
                    <a className="underline" href={pull.url}>
                      {pull.url.replace(/^https:\/\/github\.com\//, "")}
                    </a>
                  </span>
                  {pull.claim && <ClaimNote claim={pull.claim} names="full" />}
                </span>
              </label>
              {pull.claim?.kind === "table" && pull.claim.people.length > 0 && (
                <fieldset className="mt-2 ml-6 space-y-1">
                  <legend className="text-sm font-medium">
                    Who at {pull.claim.table} worked on it (credited when added)
                  </legend>
                  {pull.claim.people.map((person) => (
                    <label key={person.id} className="flex items-center gap-2 text-sm">
                      <input
                        type="checkbox"
                        name="worked"
                        value={`${pull.id}:${person.id}`}
                        defaultChecked={workedTicked.has(`${pull.id}:${person.id}`)}
                        className="size-4 accent-sea-700"
                      />
                      {person.name}
                    </label>
                  ))}
                </fieldset>
              )}
            </li>
          ))}
        </ul>
        <FieldErrors id="proposal-error" errors={proposal.errors} />
      </fieldset>
      <div className="flex flex-wrap gap-3">
        <SubmitButton name="decision" value="accept" pendingLabel="Saving…">
          Add the ticked ones to the outcomes
        </SubmitButton>
        <SubmitButton name="decision" value="reject" pendingLabel="Saving…">
          Not from the sprint
        </SubmitButton>
      </div>
      <FormMessage state={state} />
    </form>
  );
}
