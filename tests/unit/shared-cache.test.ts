import { describe, expect, it } from "vitest";
import { reviveDates, sharedRead } from "@/lib/data/shared-cache";

describe("sharedRead outside a Next server", () => {
  it("reads straight through, Dates intact", async () => {
    const startsOn = new Date("2031-05-01T00:00:00Z");
    const read = sharedRead("test", async (slug: string) => ({ slug, startsOn, sponsors: [{ name: "PSF" }] }), { tags: ["t"], revalidate: 1 });
    const result = await read("pescara");
    expect(result.startsOn).toBeInstanceOf(Date);
    expect(result.startsOn.toISOString()).toBe("2031-05-01T00:00:00.000Z");
  });
});

describe("reviveDates", () => {
  it("turns the date fields of a JSON round trip back into Dates and leaves the rest", () => {
    const original = { name: "Pescara", startsOn: new Date("2031-05-01T00:00:00Z"), registrationOpensAt: null, sponsors: [{ name: "PSF", updatedAt: new Date("2031-01-01T00:00:00Z") }] };
    const revived = reviveDates(JSON.parse(JSON.stringify(original)));
    expect(revived).toEqual(original);
    expect(reviveDates(original)).toEqual(original);
  });
});
