import { clock as appClock, type Clock } from "../clock";
import { audit } from "../admin/audit";
import type { Organizer } from "../auth/require-organizer";
import { db } from "../db";
import { forgetSiteSettings } from "../site/load";
import type { SiteSettingsInput } from "../validation/site-settings";

export async function saveSiteSettings(
  organizer: Organizer,
  input: SiteSettingsInput,
  clock: Clock = appClock(),
): Promise<void> {
  const now = clock.now();
  await db().$transaction(async (tx) => {
    await tx.siteSetting.upsert({
      where: { id: "site" },
      create: { id: "site", ...input, updatedAt: now },
      update: { ...input, updatedAt: now },
    });
    await audit(organizer, "site.settings", "site", { ...input }, { tx, clock });
  });
  forgetSiteSettings();
}
