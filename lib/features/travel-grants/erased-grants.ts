import type { Prisma } from "../../generated/prisma/client";
import { prismaStatements } from "../../platform/database/statements";
import { lockGrantBudget } from "./grant-lock";

/**
 * Before a person's registrations are erased (their requests go with them, by cascade): what was
 * granted to them stays counted on each edition, so the budget never lends promised money twice
 * and the report's totals stay true. Under each edition's budget lock (in one order of editions),
 * inside the erasure's transaction.
 */
export async function keepErasedGrantTotals(tx: Prisma.TransactionClient, email: string): Promise<void> {
  const editions = await tx.travelGrant.findMany({
    where: { registration: { email }, status: "granted" },
    select: { editionId: true },
    distinct: ["editionId"],
    orderBy: { editionId: "asc" },
  });
  const sql = prismaStatements(tx);
  for (const { editionId } of editions) {
    await lockGrantBudget(sql, editionId);
    const where = { editionId, registration: { email }, status: "granted" as const };
    const [granted, paid] = await Promise.all([
      tx.travelGrant.aggregate({ where, _count: { _all: true }, _sum: { amountGranted: true } }),
      tx.travelGrant.aggregate({ where: { ...where, paidOn: { not: null } }, _sum: { amountGranted: true } }),
    ]);
    await tx.edition.update({
      where: { id: editionId },
      data: {
        erasedGrants: { increment: granted._count._all },
        erasedGrantEurosGranted: { increment: granted._sum.amountGranted ?? 0 },
        erasedGrantEurosPaid: { increment: paid._sum.amountGranted ?? 0 },
      },
    });
  }
}
