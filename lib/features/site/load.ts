import { cache } from "react";
import { statements } from "../../platform/db";
import type { Statements } from "../../platform/database/statements";
import { DEFAULT_SITE_SETTINGS, type SiteSettings } from "./settings";
import { SQL } from "../../platform/database/statements";

const FRESH_MS = 10_000;
const holder = globalThis as typeof globalThis & { __dotmSite?: { settings: SiteSettings; at: number } };

/**
 * The site's settings, read at most every 10 s per process (and once per request): a change
 * saved on one instance shows on the others within seconds.
 */
export const getSiteSettings = cache((): Promise<SiteSettings> => readSiteSettings(statements()));

/**
 * The same, read through the given statements: inside a transaction, pass the transaction's
 * (the embedded database has one connection, which the transaction holds).
 */
export async function readSiteSettings(sql: Statements): Promise<SiteSettings> {
  const held = holder.__dotmSite;
  if (held && Date.now() - held.at < FRESH_MS) return held.settings;
  const [row] = await sql.rows<SiteSettings>(
    SQL`SELECT name, tagline, hashtag, "contactEmail", "accentColor", "legalName", "postalAddress", "visaLettersEnabled" FROM "SiteSetting" WHERE id = 'site'`,
  );
  const settings = row ?? DEFAULT_SITE_SETTINGS;
  holder.__dotmSite = { settings, at: Date.now() };
  return settings;
}

/** After a save, this instance shows the change at once. */
export function forgetSiteSettings(): void {
  holder.__dotmSite = undefined;
}
