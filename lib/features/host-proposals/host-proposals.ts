import { prismaStatements } from "../../platform/database/statements";
import type { Organizer } from "../../platform/auth/organizer";
import { audit } from "../organizers";
import { clock as appClock, type Clock } from "../../platform/clock";
import { db } from "../../platform/db";
import { isUniqueViolation } from "../../platform/database/errors";
import { enqueueEmail, nudgeMailWorker } from "../../platform/mail";
import { timeZoneForCountry } from "./time-zones";
import { readSiteSettings } from "../site";
import type { HostProposalInput } from "./schemas";
import type { HostProposalStatus } from "../../generated/prisma/enums";

const DAY_MS = 24 * 60 * 60_000;

/** Stores a proposal to host and sends its receipt, together (the outbox commits with it). */
export async function submitHostProposal(input: HostProposalInput, clock: Clock = appClock()): Promise<void> {
  const now = clock.now();
  const { website: _honeypot, ...fields } = input;
  await db().$transaction(async (tx) => {
    await tx.hostProposal.create({ data: { ...fields, createdAt: now, updatedAt: now } });
    await enqueueEmail(
      tx,
      {
        template: "host-proposal-received",
        data: { name: input.name, city: input.city, country: input.country },
        to: { email: input.email, name: input.name },
      },
      clock,
    );
  });
  nudgeMailWorker();
}

export async function reviewProposal(
  organizer: Organizer,
  proposalId: string,
  review: { status: HostProposalStatus; notes: string | null },
  clock: Clock = appClock(),
) {
  return db().$transaction(async (tx) => {
    const updated = await tx.hostProposal.updateMany({
      where: { id: proposalId },
      data: { ...review, updatedAt: clock.now() },
    });
    if (updated.count === 0) return { ok: false as const, problem: "proposal-gone" as const };
    await audit(organizer, "proposal.review", `proposal:${proposalId}`, { status: review.status }, { tx, clock });
    return { ok: true as const };
  });
}

const slugPart = (value: string) =>
  value
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 40) || "edition";

function draftDescription(proposal: {
  name: string;
  why: string;
  venue: string;
  accessibility: string | null;
  community: string | null;
  season: string;
  other: string | null;
}) {
  const sections: [string, string | null][] = [
    ["Why here", proposal.why],
    ["Venue ideas", proposal.venue],
    ["Season and dates", proposal.season],
    ["Local community and sponsors", proposal.community],
    ["Accessibility", proposal.accessibility],
    ["Anything else", proposal.other],
  ];
  const body = sections
    .filter(([, text]) => text)
    .map(([title, text]) => `### ${title}\n\n${text}`)
    .join("\n\n");
  return `_Draft made from ${proposal.name}'s proposal: rewrite before publishing._\n\n${body}`;
}

/**
 * Turns an accepted proposal into an unpublished draft edition, once: the place, the travel notes
 * and the proposal's text, with dates a year ahead to be set by the organizers.
 */
export async function draftEditionFromProposal(organizer: Organizer, proposalId: string, clock: Clock = appClock()) {
  const now = clock.now();
  return db()
    .$transaction(async (tx) => {
      const proposal = await tx.hostProposal.findUnique({ where: { id: proposalId } });
      if (!proposal) return { ok: false as const, problem: "proposal-gone" as const };
      if (proposal.editionId) return { ok: true as const, editionId: proposal.editionId };
      if (proposal.status !== "accepted") return { ok: false as const, problem: "not-accepted" as const };
      const site = await readSiteSettings(prismaStatements(tx));
      const startsOn = new Date(Date.UTC(now.getUTCFullYear() + 1, now.getUTCMonth(), now.getUTCDate()));
      const base = `${slugPart(proposal.city)}-${startsOn.getUTCFullYear()}`;
      const taken = new Set(
        (await tx.edition.findMany({ where: { slug: { startsWith: base } }, select: { slug: true } })).map(
          (row) => row.slug,
        ),
      );
      let slug = base;
      for (let n = 2; taken.has(slug); n++) slug = `${base}-${n}`;
      const edition = await tx.edition.create({
        data: {
          slug,
          name: `${site.name}: ${proposal.city}`,
          city: proposal.city,
          country: proposal.country,
          venueName: "Venue to be decided",
          venueAddress: `${proposal.city}, ${proposal.country}`,
          timeZone: timeZoneForCountry(proposal.country),
          startsOn,
          endsOn: new Date(startsOn.getTime() + 2 * DAY_MS),
          capacity: 20,
          published: false,
          summary: `A proposed edition in ${proposal.city}, ${proposal.country}.`,
          description: draftDescription(proposal),
          travelNotes: proposal.travel,
        },
        select: { id: true },
      });
      await tx.hostProposal.update({ where: { id: proposalId }, data: { editionId: edition.id, updatedAt: now } });
      await audit(
        organizer,
        "proposal.draft-edition",
        `proposal:${proposalId}`,
        { editionId: edition.id, slug },
        { tx, clock },
      );
      return { ok: true as const, editionId: edition.id };
    })
    .catch((error) => {
      if (isUniqueViolation(error)) return { ok: false as const, problem: "draft-race" as const };
      throw error;
    });
}
