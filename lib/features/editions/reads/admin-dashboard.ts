import "server-only";
import { db } from "../../../platform/db";
import { findOldPescara } from "../old-seed";
import { env } from "../../../platform/env";

/** Every edition with its registrations counted by status, in one query. */
export async function editionsWithCounts() {
  const [editions, counts] = await Promise.all([
    db().edition.findMany({
      orderBy: { startsOn: "desc" },
      select: { id: true, slug: true, name: true, published: true, capacity: true, startsOn: true, endsOn: true },
    }),
    db().registration.groupBy({ by: ["editionId", "status"], _count: true }),
  ]);
  return editions.map((edition) => {
    const count = (status: string) =>
      counts.find((c) => c.editionId === edition.id && c.status === status)?._count ?? 0;
    return {
      ...edition,
      confirmed: count("confirmed"),
      waiting: count("waitlisted"),
      offered: count("offered"),
      pending: count("pending"),
      cancelled: count("cancelled"),
    };
  });
}

export async function subscriberCounts() {
  const rows = await db().subscriber.groupBy({ by: ["status"], _count: true });
  const count = (status: string) => rows.find((row) => row.status === status)?._count ?? 0;
  return { confirmed: count("confirmed"), pending: count("pending"), unsubscribed: count("unsubscribed") };
}

/**
 * What waits for an organizer: new proposals, journal posts someone asked us to remove, and what
 * the seed could not settle alone (a sample edition on a public site, an old demo Pescara that
 * has registrations).
 */
export async function waitingForOrganizers() {
  const [proposals, removals, hiddenSample, oldPescara] = await Promise.all([
    db().hostProposal.count({ where: { status: "new" } }),
    db().journalPost.findMany({
      where: { removalRequestedAt: { not: null }, status: "review" },
      select: { editionId: true, edition: { select: { name: true } } },
      distinct: ["editionId"],
    }),
    env().localSite ? null : db().edition.findFirst({ where: { isSample: true }, select: { id: true, name: true } }),
    findOldPescara(db()),
  ]);
  return {
    proposals,
    removals,
    hiddenSample,
    oldPescara: oldPescara && oldPescara._count.registrations > 0 ? { id: oldPescara.id, name: oldPescara.name } : null,
  };
}
