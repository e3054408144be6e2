import { describe, expect, it } from "vitest";
import { contrastRatio } from "@/lib/features/site/contrast";
import { SiteSettingsSchema } from "@/lib/features/site/schemas";

const valid = {
  name: "Django on the Adriatic",
  tagline: "Sprints by the sea",
  hashtag: "#DjangoAdriatic",
  contactEmail: "Hi@Example.org",
  accentColor: "#0A4259",
};

describe("site settings", () => {
  it("normalize the hashtag, the address and the colour", () => {
    expect(SiteSettingsSchema.parse(valid)).toEqual({
      ...valid,
      hashtag: "DjangoAdriatic",
      contactEmail: "hi@example.org",
      accentColor: "#0a4259",
      // Visa letters' settings, left out of the form: off, with no organizing body named.
      legalName: "",
      postalAddress: "",
      visaLettersEnabled: false,
    });
  });

  it("refuse an accent colour the header's light text would not stand out on", () => {
    expect(contrastRatio("#000000", "#ffffff")).toBeCloseTo(21, 5);
    const result = SiteSettingsSchema.safeParse({ ...valid, accentColor: "#f2b134" });
    expect(result.error?.issues[0]?.message).toMatch(/too light/);
    expect(SiteSettingsSchema.safeParse({ ...valid, accentColor: "blue" }).error?.issues[0]?.message).toBe(
      "Give a colour as #rrggbb, e.g. #0a4259.",
    );
  });

  it("refuse a name with a line break and a hashtag with spaces", () => {
    const result = SiteSettingsSchema.safeParse({
      ...valid,
      name: "Django\r\nBcc: x@example.org",
      hashtag: "two words",
    });
    expect(result.error?.issues.map((i) => i.path[0])).toEqual(["name", "hashtag"]);
  });
});
