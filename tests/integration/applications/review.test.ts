import { describe, expect, it } from "vitest";
import { db } from "@/lib/platform/db";
import { applicationsReview, REVIEW_ROWS } from "@/lib/features/applications/reads/review";
import { ApplicationFilterSchema } from "@/lib/features/applications/schemas";
import { anEdition, applicantRow } from "@/tests/fixtures/registrations";

// The review screen's read (docs/applications.md): who asked for a travel grant (an open request,
// not a declined or released one), and the total when the screen is cut at REVIEW_ROWS.

const NOW = new Date("2031-02-01T10:00:00Z");
const filter = (query: Record<string, string | string[]> = {}) => ApplicationFilterSchema.parse(query);

async function byApplication(capacity = 10) {
  const edition = await anEdition({ capacity });
  return db().edition.update({
    where: { id: edition.id },
    data: { selection: "by_application", applicationDeadline: new Date("2031-03-01T11:00:00Z") },
  });
}

async function person(editionId: string, name: string, status: "applied" | "confirmed" = "applied") {
  const at = new Date(NOW.getTime() - 86_400_000);
  const row = await db().registration.create({
    data: {
      editionId,
      status,
      name,
      email: `${name}@example.org`,
      city: "Tunis",
      country: "Tunisia",
      experience: "first",
      interests: [],
      days: ["2031-05-01"],
      codeOfConductAt: at,
      createdAt: at,
      updatedAt: at,
      appliedAt: at,
    },
  });
  return row.id;
}

async function grant(editionId: string, registrationId: string, status: "asked" | "granted" | "declined" | "released") {
  await db().travelGrant.create({
    data: {
      id: `grant-${registrationId}`,
      registrationId,
      editionId,
      status,
      amountAsked: 300,
      reasonSealed: "sealed",
      createdAt: NOW,
      updatedAt: NOW,
    },
  });
}

describe("the review screen's read", () => {
  it("shows who asked for a travel grant, filters by it, and counts it in the room", async () => {
    const edition = await byApplication();
    const asked = await person(edition.id, "asked");
    const granted = await person(edition.id, "granted", "confirmed");
    const declined = await person(edition.id, "declined");
    const released = await person(edition.id, "released");
    const none = await person(edition.id, "none");
    await grant(edition.id, asked, "asked");
    await grant(edition.id, granted, "granted");
    await grant(edition.id, declined, "declined");
    await grant(edition.id, released, "released");

    const all = await applicationsReview(edition.id, filter(), NOW);
    expect(Object.fromEntries(all.applicants.map((a) => [a.name, a.askedForGrant]))).toEqual({
      asked: true,
      granted: true,
      declined: false,
      released: false,
      none: false,
    });
    expect(all.total).toBe(5);
    const yes = await applicationsReview(edition.id, filter({ grant: "yes" }), NOW);
    expect(yes.applicants.map((a) => a.name).sort()).toEqual(["asked", "granted"]);
    const no = await applicationsReview(edition.id, filter({ grant: "no" }), NOW);
    expect(no.applicants.map((a) => a.name).sort()).toEqual(["declined", "none", "released"]);

    // The room: the confirmed person (a grant) plus the marked (one asked, one not).
    const room = await applicationsReview(edition.id, filter({ mark: [asked, none] }), NOW);
    expect(room.room).toMatchObject({ people: 3, grantRequests: 2 });
  });

  it(`says how many match when the screen is cut at ${REVIEW_ROWS}`, async () => {
    const edition = await byApplication();
    const at = new Date(NOW.getTime() - 86_400_000);
    await db().registration.createMany({
      data: Array.from({ length: REVIEW_ROWS + 3 }, (_, i) =>
        applicantRow(edition.id, i, at, { country: i === 0 ? "Egypt" : "Tunisia" }),
      ),
    });
    const cut = await applicationsReview(edition.id, filter(), NOW);
    expect(cut.applicants).toHaveLength(REVIEW_ROWS);
    expect(cut.total).toBe(REVIEW_ROWS + 3);
    const narrowed = await applicationsReview(edition.id, filter({ country: "Egypt" }), NOW);
    expect([narrowed.applicants.length, narrowed.total]).toEqual([1, 1]);
    const nobody = await applicationsReview(edition.id, filter({ country: "Chile" }), NOW);
    expect([nobody.applicants.length, nobody.total]).toEqual([0, 0]);
  });
});
