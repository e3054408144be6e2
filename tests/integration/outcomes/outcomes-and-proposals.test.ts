import { describe, expect, it } from "vitest";
import { db } from "@/lib/platform/db";
import {
  draftEditionFromProposal,
  reviewProposal,
  submitHostProposal,
} from "@/lib/features/host-proposals/host-proposals";
import { deleteOwnOutcome } from "@/lib/features/outcomes/delete-own-outcome";
import { saveOutcome } from "@/lib/features/outcomes/save-outcome";
import { saveOwnOutcome } from "@/lib/features/outcomes/save-own-outcome";
import { HostProposalSchema } from "@/lib/features/host-proposals/schemas";
import { anAttendee, anOutcomeForm } from "@/tests/fixtures/outcomes";
import { anEdition } from "@/tests/fixtures/registrations";
import { manualClock } from "@/tests/fixtures/test-clock";
import { oneOutboxMail } from "@/tests/fixtures/outbox";

const organizer = { email: "organizer@example.org", name: null };
const clock = manualClock("2031-05-02T12:00:00Z");
const contributorsOf = async (outcomeId: string) =>
  (
    await db().outcomeContributor.findMany({
      where: { outcomeId },
      select: { registration: { select: { name: true } } },
    })
  )
    .map((row) => row.registration.name)
    .sort();

describe("outcomes through the manage link", () => {
  it("an attendee records their work with listed colleagues, and changes only their own", async () => {
    const edition = await anEdition();
    const ada = await anAttendee(edition.id, "Ada");
    const grace = await anAttendee(edition.id, "Grace", { publicListing: true });
    const hidden = await anAttendee(edition.id, "Hidden");

    const saved = await saveOwnOutcome(ada.token, null, anOutcomeForm({ contributors: [grace.id, hidden.id] }), clock);
    if (!saved.ok) throw new Error(saved.problem);
    // Hidden is not on the public list: Ada cannot name (so cannot discover) them.
    expect(await contributorsOf(saved.outcomeId)).toEqual(["Ada", "Grace"]);

    // An organizer adds Hidden; Ada's later edit keeps them although Ada does not see them.
    await saveOutcome(
      organizer,
      edition.id,
      saved.outcomeId,
      anOutcomeForm({ contributors: [ada.id, grace.id, hidden.id] }),
      clock,
    );
    await saveOwnOutcome(
      ada.token,
      saved.outcomeId,
      anOutcomeForm({ title: "Fix admin filters (merged)", status: "merged", contributors: [] }),
      clock,
    );
    expect(await contributorsOf(saved.outcomeId)).toEqual(["Ada", "Hidden"]);
    expect((await db().outcome.findUniqueOrThrow({ where: { id: saved.outcomeId } })).status).toBe("merged");

    expect(await saveOwnOutcome(grace.token, saved.outcomeId, anOutcomeForm({ title: "Mine now" }), clock)).toEqual({
      ok: false,
      problem: "not-yours",
    });
    expect(await deleteOwnOutcome(grace.token, saved.outcomeId, clock)).toMatchObject({ ok: false });
    expect(await deleteOwnOutcome(ada.token, saved.outcomeId, clock)).toMatchObject({ ok: true });
    expect(await db().outcome.count()).toBe(0);
  });

  it("refuses a spent link and people without a confirmed place", async () => {
    const edition = await anEdition();
    const ada = await anAttendee(edition.id, "Ada");
    await db().registration.update({ where: { id: ada.id }, data: { status: "cancelled" } });
    expect(await saveOwnOutcome(ada.token, null, anOutcomeForm(), clock)).toEqual({
      ok: false,
      problem: "not-confirmed",
    });
    expect(await saveOwnOutcome("A".repeat(43), null, anOutcomeForm(), clock)).toMatchObject({ ok: false });
    expect(await db().outcome.count()).toBe(0);
  });
});

describe("proposals to host", () => {
  const form = {
    city: "Split",
    country: "Croatia",
    name: "Ivana",
    email: " Ivana@Example.org ",
    why: "Old town by the sea",
    venue: "The university",
    travel: "Airport, ferries from Ancona",
    season: "October",
    community: "",
    accessibility: "",
    other: "",
    website: "",
  };

  it("validates every answer and names what is missing", () => {
    const result = HostProposalSchema.safeParse({ ...form, city: "", email: "nope", why: "  " });
    expect(new Set(result.error!.issues.map((issue) => issue.path[0]))).toEqual(new Set(["city", "email", "why"]));
  });

  it("is stored with a receipt, reviewed, and becomes one draft edition once accepted", async () => {
    await submitHostProposal(HostProposalSchema.parse(form), clock);
    const proposal = await db().hostProposal.findFirstOrThrow();
    expect(proposal).toMatchObject({ email: "ivana@example.org", status: "new", community: null });
    const receipt = await oneOutboxMail({ where: { template: "host-proposal-received" } });
    expect(receipt.toAddress).toBe("ivana@example.org");
    expect(receipt.text).toContain("Split, Croatia");
    expect(receipt.text).not.toContain("Old town by the sea"); // free text is never mailed back

    expect(await draftEditionFromProposal(organizer, proposal.id, clock)).toMatchObject({
      ok: false,
      problem: "not-accepted",
    });
    await reviewProposal(organizer, proposal.id, { status: "accepted", notes: "Lovely" }, clock);
    const made = await draftEditionFromProposal(organizer, proposal.id, clock);
    if (!made.ok) throw new Error(made.problem);
    const edition = await db().edition.findUniqueOrThrow({ where: { id: made.editionId } });
    expect(edition).toMatchObject({
      slug: "split-2032",
      city: "Split",
      country: "Croatia",
      timeZone: "Europe/Zagreb",
      published: false,
      travelNotes: "Airport, ferries from Ancona",
    });
    expect(edition.description).toContain("Old town by the sea");
    expect(await draftEditionFromProposal(organizer, proposal.id, clock)).toMatchObject({
      ok: true,
      editionId: made.editionId,
    });
    expect(await db().edition.count()).toBe(1);
    expect((await db().auditEntry.findMany({ orderBy: { at: "asc" } })).map((entry) => entry.action)).toEqual([
      "proposal.review",
      "proposal.draft-edition",
    ]);
  });
});
