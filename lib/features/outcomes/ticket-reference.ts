import { env } from "../../platform/env";

/**
 * The Trac ticket a Django commit or pull request title names, by the project's convention:
 * "Fixed #12345 -- Made …" or "Refs #12345 -- Added …" (also "Fixes", "Closes"). The first one
 * counts; a number elsewhere in the title ("Allowed 100 … #1 …") does not.
 */
export function ticketReference(title: string): number | null {
  const match = /^\s*\[?[\w.]*\]?\s*(?:Fixed|Fixes|Refs|Closes|Closed)\s+#(\d{1,6})\b[^-]*--/i.exec(title);
  return match ? Number(match[1]) : null;
}

/** A ticket's page on Django's Trac (or the one TRAC_URL names). */
export const ticketLink = (ticket: number) => `${env().outcomes.tracUrl}/ticket/${ticket}`;
