import type { Prisma } from "../../generated/prisma/client";

const DAY = 24 * 60 * 60 * 1000;

/**
 * What the old demo seed generated for Pescara, and nothing an organizer would have typed: slug
 * `pescara`, venue "Venue to be announced", a start on the first Thursday of May and an end two
 * days later. Only an edition that still holds all of them counts as the old seed's.
 */
const OLD_PESCARA_WHERE = { slug: "pescara", venueName: "Venue to be announced" } as const;

export function holdsOldPescaraDates(edition: { startsOn: Date; endsOn: Date }): boolean {
  const start = edition.startsOn;
  return (
    start.getUTCMonth() === 4 &&
    start.getUTCDay() === 4 &&
    start.getUTCDate() <= 7 &&
    edition.endsOn.getTime() - start.getTime() === 2 * DAY
  );
}

/** The old seed's Pescara, with its registrations and outcomes counted; null when there is none. */
export async function findOldPescara(client: Pick<Prisma.TransactionClient, "edition">) {
  const edition = await client.edition.findFirst({
    where: OLD_PESCARA_WHERE,
    select: {
      id: true,
      name: true,
      startsOn: true,
      endsOn: true,
      _count: { select: { registrations: true, outcomes: true } },
    },
  });
  return edition && holdsOldPescaraDates(edition) ? edition : null;
}
