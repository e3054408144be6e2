import { cache } from "react";
import { db } from "../db";
import type { Prisma } from "../generated/prisma/client";
import { DEFAULT_SITE_SETTINGS, type SiteSettings } from "./settings";

const FRESH_MS = 10_000;
const holder = globalThis as typeof globalThis & { __dotmSite?: { settings: SiteSettings; at: number } };

/**
 * The site's settings, read at most every 10 s per process (and once per request): a change
 * saved on one instance shows on the others within seconds.
 */
export const getSiteSettings = cache((): Promise<SiteSettings> => readSiteSettings(db()));

/**
 * The same, read through the given client: inside a transaction, pass the transaction (the
 * embedded database has one connection, which the transaction holds).
 */
export async function readSiteSettings(client: Pick<Prisma.TransactionClient, "siteSetting">): Promise<SiteSettings> {
  const held = holder.__dotmSite;
  if (held && Date.now() - held.at < FRESH_MS) return held.settings;
  const row = await client.siteSetting.findUnique({ where: { id: "site" }, select: { name: true, tagline: true, hashtag: true, contactEmail: true, accentColor: true } });
  const settings = row ?? DEFAULT_SITE_SETTINGS;
  holder.__dotmSite = { settings, at: Date.now() };
  return settings;
}

/** After a save, this instance shows the change at once. */
export function forgetSiteSettings(): void {
  holder.__dotmSite = undefined;
}
