import Link from "next/link";
import { requireOrganizer } from "@/lib/platform/auth/require-organizer";
import { countProposals, listProposals } from "@/lib/features/host-proposals/reads";
import { PROPOSAL_STATUSES } from "@/lib/features/host-proposals";
import { DataTable } from "@/components/ui/data-table";
import { PageHeading } from "@/components/ui/page-heading";

export const metadata = { title: "Proposals to host" };

type Props = { searchParams: Promise<{ status?: string }> };

const day = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeZone: "UTC" });

export default async function ProposalsPage({ searchParams }: Props) {
  await requireOrganizer();
  const { status: asked } = await searchParams;
  const status = asked && asked in PROPOSAL_STATUSES ? (asked as keyof typeof PROPOSAL_STATUSES) : undefined;
  const [proposals, counts] = await Promise.all([listProposals(status), countProposals()]);
  return (
    <div className="space-y-6">
      <PageHeading>Proposals to host</PageHeading>
      <p>
        From the public{" "}
        <Link className="underline" href="/host">
          Host the next edition
        </Link>{" "}
        form.
      </p>
      <nav aria-label="Filter by status">
        <ul className="flex flex-wrap gap-4">
          <li>
            <Link className="underline" href="/admin/proposals" aria-current={status ? undefined : "page"}>
              All
            </Link>
          </li>
          {Object.entries(PROPOSAL_STATUSES).map(([value, label]) => (
            <li key={value}>
              <Link
                className="underline"
                href={`/admin/proposals?status=${value}`}
                aria-current={status === value ? "page" : undefined}
              >
                {label} ({counts[value as keyof typeof PROPOSAL_STATUSES] ?? 0})
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      {proposals.length === 0 ? (
        <p>No proposals{status ? ` with status “${PROPOSAL_STATUSES[status]}”` : " yet"}.</p>
      ) : (
        <DataTable
          label="Proposals"
          className="w-full text-left"
          columns={["Place", "Proposed by", "Received", "Status"]}
        >
          <tbody>
            {proposals.map((proposal) => (
              <tr key={proposal.id} className="border-t border-sand-200">
                <td className="py-2">
                  <Link className="underline" href={`/admin/proposals/${proposal.id}`}>
                    {proposal.city}, {proposal.country}
                  </Link>
                </td>
                <td>{proposal.name}</td>
                <td>{day.format(proposal.createdAt)}</td>
                <td>
                  {PROPOSAL_STATUSES[proposal.status]}
                  {proposal.edition && " · draft edition made"}
                </td>
              </tr>
            ))}
          </tbody>
        </DataTable>
      )}
    </div>
  );
}
