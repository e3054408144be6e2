import type { OutcomeStatus } from "../../generated/prisma/enums";
import type { Prisma } from "../../generated/prisma/client";

type Tx = Pick<Prisma.TransactionClient, "outcomeStatusChange">;

/**
 * Records an outcome's status as seen at `at`, when it differs from the last one recorded: the
 * weeks-after chart (lib/features/outcomes/weekly-status.ts) is read from these rows.
 */
export async function recordStatus(tx: Tx, outcomeId: string, status: OutcomeStatus, at: Date): Promise<void> {
  const last = await tx.outcomeStatusChange.findFirst({
    where: { outcomeId },
    orderBy: { at: "desc" },
    select: { status: true },
  });
  if (last?.status !== status) await tx.outcomeStatusChange.create({ data: { outcomeId, status, at } });
}
