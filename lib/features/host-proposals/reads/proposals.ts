import "server-only";
import { db } from "../../../platform/db";
import type { HostProposalStatus } from "../../../generated/prisma/enums";

export async function listProposals(status: HostProposalStatus | undefined) {
  return db().hostProposal.findMany({
    where: status ? { status } : {},
    orderBy: { createdAt: "desc" },
    select: {
      id: true,
      city: true,
      country: true,
      name: true,
      status: true,
      createdAt: true,
      edition: { select: { id: true, slug: true } },
    },
    take: 500,
  });
}

export async function countProposals() {
  const rows = await db().hostProposal.groupBy({ by: ["status"], _count: { _all: true } });
  return Object.fromEntries(rows.map((row) => [row.status, row._count._all])) as Partial<
    Record<HostProposalStatus, number>
  >;
}

export async function getProposal(id: string) {
  return db().hostProposal.findUnique({
    where: { id },
    include: { edition: { select: { id: true, slug: true, name: true } } },
  });
}
