import Link from "next/link";
import { notFound } from "next/navigation";
import { ActionButton } from "@/components/ui/action-button";
import { requireOrganizer } from "@/lib/platform/auth/require-organizer";
import { getProposal } from "@/lib/features/host-proposals/reads";
import { draftEditionAction, reviewProposalAction } from "../actions";
import { ProposalReviewForm } from "../review-form";
import { PageHeading } from "@/components/ui/page-heading";
import { BackLink } from "@/components/ui/back-link";

export const metadata = { title: "Proposal to host" };

type Props = { params: Promise<{ id: string }> };

const received = new Intl.DateTimeFormat("en-GB", { dateStyle: "long", timeStyle: "short", timeZone: "UTC" });

export default async function ProposalPage({ params }: Props) {
  await requireOrganizer();
  const { id } = await params;
  const proposal = await getProposal(id);
  if (!proposal) notFound();
  const answers: [string, string | null][] = [
    ["Why there", proposal.why],
    ["Venue ideas", proposal.venue],
    ["How to get there", proposal.travel],
    ["Season and dates", proposal.season],
    ["Local community or sponsors", proposal.community],
    ["Accessibility", proposal.accessibility],
    ["Anything else", proposal.other],
  ];
  return (
    <div className="max-w-3xl space-y-6">
      <BackLink href="/admin/proposals">Proposals</BackLink>
      <PageHeading>
        {proposal.city}, {proposal.country}
      </PageHeading>
      <p>
        Proposed by {proposal.name} (
        <a className="underline" href={`mailto:${proposal.email}`}>
          {proposal.email}
        </a>
        ) on {received.format(proposal.createdAt)} UTC.
      </p>
      <dl className="space-y-4">
        {answers
          .filter(([, text]) => text)
          .map(([label, text]) => (
            <div key={label}>
              <dt className="font-semibold">{label}</dt>
              <dd className="whitespace-pre-line break-words">{text}</dd>
            </div>
          ))}
      </dl>
      <section aria-labelledby="review" className="space-y-3">
        <h2 id="review" className="text-xl font-semibold">
          Review
        </h2>
        <ProposalReviewForm
          action={reviewProposalAction.bind(null, proposal.id)}
          initial={{ status: proposal.status, notes: proposal.notes ?? "" }}
        />
      </section>
      <section aria-labelledby="edition" className="space-y-3">
        <h2 id="edition" className="text-xl font-semibold">
          Edition
        </h2>
        {proposal.edition ? (
          <p>
            Draft edition:{" "}
            <Link className="underline" href={`/admin/editions/${proposal.edition.id}`}>
              {proposal.edition.name}
            </Link>
            .
          </p>
        ) : proposal.status === "accepted" ? (
          <>
            <p>
              Make an unpublished draft edition from this proposal; you set the dates and venue there before publishing.
            </p>
            <ActionButton
              action={draftEditionAction.bind(null, proposal.id)}
              label="Create a draft edition"
              pendingLabel="Creating…"
            />
          </>
        ) : (
          <p>Once accepted, this proposal can become a draft edition in one step.</p>
        )}
      </section>
    </div>
  );
}
