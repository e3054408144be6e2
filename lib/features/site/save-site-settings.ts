import { clock as appClock, type Clock } from "../../platform/clock";
import { audit } from "../organizers";
import type { Organizer } from "../../platform/auth/organizer";
import { db } from "../../platform/db";
import { forgetSiteSettings } from "./load";
import type { SiteSettingsInput } from "./schemas";

export type SaveSettingsOutcome = { ok: true } | { ok: false; problem: "sealing-unavailable" };

/**
 * Saves the settings. Visa letters hold passport numbers, sealed under DATA_ENCRYPTION_KEY: the
 * caller says whether sealing is available (`sealingAvailable()`, which loads only where
 * "server-only" may), and without it letters stay off.
 */
export async function saveSiteSettings(
  organizer: Organizer,
  input: SiteSettingsInput,
  clock: Clock = appClock(),
  { sealingAvailable = false }: { sealingAvailable?: boolean } = {},
): Promise<SaveSettingsOutcome> {
  if (input.visaLettersEnabled && !sealingAvailable) return { ok: false, problem: "sealing-unavailable" };
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
  return { ok: true };
}
