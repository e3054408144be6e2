import { describe, expect, it } from "vitest";
import { roomComposition } from "@/lib/features/applications/composition";

describe("the room's make-up (selection by application)", () => {
  it("counts first-timers against experienced people, areas once per person, countries, visa letters and grants", () => {
    const room = roomComposition([
      {
        experience: "first",
        interests: ["orm", "docs", "orm"],
        country: "Tunisia",
        needsVisaLetter: true,
        askedForGrant: true,
      },
      { experience: "team", interests: ["orm"], country: " Tunisia ", needsVisaLetter: false, askedForGrant: false },
      { experience: "few", interests: [], country: "Egypt", needsVisaLetter: true, askedForGrant: true },
    ]);
    expect(room).toEqual({
      people: 3,
      firstTimers: 1,
      experienced: 2,
      interests: [
        { label: "ORM", count: 2 },
        { label: "Documentation", count: 1 },
      ],
      countries: [
        { label: "Tunisia", count: 2 },
        { label: "Egypt", count: 1 },
      ],
      visaLetters: 2,
      grantRequests: 2,
    });
  });

  it("is empty for an empty room", () => {
    expect(roomComposition([])).toMatchObject({
      people: 0,
      firstTimers: 0,
      experienced: 0,
      interests: [],
      countries: [],
      grantRequests: 0,
    });
  });
});
