import type { Prisma } from "../lib/generated/prisma/client";
import { findOldPescara } from "../lib/features/editions/old-seed";
import { pescaraCopy, pescaraOutcomes } from "./pescara-2026";

type Tx = Prisma.TransactionClient;

/** "corrected", "kept" (it has registrations: real people may have registered on an old public seed), or null. */
export type OldPescaraUpgrade = "corrected" | "kept" | null;

export async function upgradeOldPescara(tx: Tx): Promise<OldPescaraUpgrade> {
  const old = await findOldPescara(tx);
  if (!old) return null;
  if (old._count.registrations > 0) return "kept";
  await tx.edition.update({
    where: { id: old.id },
    data: {
      ...pescaraCopy(),
      // Its outcomes are added only where organizers recorded none: nothing of theirs is replaced.
      ...(old._count.outcomes === 0 ? { outcomes: { create: pescaraOutcomes() } } : {}),
    },
  });
  return "corrected";
}

/** A public site never shows a sample edition: one left from when the site was local is unpublished. */
export async function unpublishSamples(tx: Pick<Tx, "edition">): Promise<number> {
  const { count } = await tx.edition.updateMany({
    where: { isSample: true, published: true },
    data: { published: false },
  });
  return count;
}
