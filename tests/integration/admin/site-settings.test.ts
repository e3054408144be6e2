import { describe, expect, it } from "vitest";
import { db } from "@/lib/platform/db";
import { subscribe } from "@/lib/features/newsletter/subscribe";
import { saveSiteSettings } from "@/lib/features/site/save-site-settings";
import { forgetSiteSettings, getSiteSettings } from "@/lib/features/site/load";
import { DEFAULT_SITE_SETTINGS } from "@/lib/features/site/settings";
import { manualClock } from "@/tests/fixtures/test-clock";
import { oneOutboxMail } from "@/tests/fixtures/outbox";

describe("site settings", () => {
  it("default until an organizer saves them; then emails carry the new name, colour and contact", async () => {
    forgetSiteSettings();
    expect(await getSiteSettings()).toEqual(DEFAULT_SITE_SETTINGS);
    const clock = manualClock("2031-01-15T09:00:00Z");
    const settings = {
      name: "Django on the Adriatic",
      tagline: "Sprints by the sea",
      hashtag: "DjangoAdriatic",
      contactEmail: "hi@adriatic.example",
      accentColor: "#5a1e0e",
    };
    await saveSiteSettings({ email: "organizer@example.org", name: null }, settings, clock);
    // Visa letters' settings left out stay as they were: off, no organizing body named.
    expect(await getSiteSettings()).toEqual({
      ...settings,
      legalName: "",
      postalAddress: "",
      visaLettersEnabled: false,
    });

    await subscribe({ email: "ada@example.org", name: null, source: "footer" }, clock);
    const mail = await oneOutboxMail();
    expect(mail.subject).toBe("Confirm your subscription to Django on the Adriatic");
    expect(mail.html).toContain("background:#5a1e0e");
    expect(mail.text).toContain("Django on the Adriatic · hi@adriatic.example");
    expect((await db().auditEntry.findFirstOrThrow()).action).toBe("site.settings");
    forgetSiteSettings();
  });
});
