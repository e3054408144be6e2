import { clock as appClock, type Clock } from "../../platform/clock";
import { audit } from "../organizers";
import type { Organizer } from "../../platform/auth/organizer";
import { db } from "../../platform/db";
import { forgetSiteSettings } from "./load";
import type { SiteSettingsInput } from "./schemas";

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
