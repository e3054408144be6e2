import type { Prisma } from "../lib/generated/prisma/client";
import { pescaraCopy, pescaraOutcomes } from "./pescara-2026";

type Tx = Prisma.TransactionClient;
const DAY = 24 * 60 * 60 * 1000;

/**
 * What the old demo seed generated for Pescara, and nothing an organizer would have typed: slug
 * `pescara`, venue "Venue to be announced", a start on the first Thursday of May and an end two
 * days later. Only an edition that still holds all of them is corrected.
 */
export const OLD_PESCARA_WHERE = { slug: "pescara", venueName: "Venue to be announced" } as const;

export function holdsOldPescaraDates(edition: { startsOn: Date; endsOn: Date }): boolean {
  const start = edition.startsOn;
  return (
    start.getUTCMonth() === 4 &&
    start.getUTCDay() === 4 &&
    start.getUTCDate() <= 7 &&
    edition.endsOn.getTime() - start.getTime() === 2 * DAY
  );
}

/** "corrected", "kept" (it has registrations: real people may have registered on an old public seed), or null. */
export type OldPescaraUpgrade = "corrected" | "kept" | null;

export async function findOldPescara(tx: Pick<Tx, "edition">) {
  const edition = await tx.edition.findFirst({
    where: OLD_PESCARA_WHERE,
    select: { id: true, startsOn: true, endsOn: true, _count: { select: { registrations: true, outcomes: true } } },
  });
  return edition && holdsOldPescaraDates(edition) ? edition : null;
}

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
