/**
 * The consent sentence shown next to every subscribe box. Its version is stored with each
 * consent, so a change of wording is a new version and old consents still say what was agreed.
 */
export const CONSENT_VERSION = "2026-11-newsletter-v1";

export function consentText(siteName: string): string {
  return `Send me ${siteName} announcements: new editions, registration opening and what each edition achieved. A few emails a year; every one has a one-click unsubscribe link.`;
}

/** Where a subscription came from; stored with the consent. */
export const SUBSCRIBE_SOURCES = ["footer", "newsletter-page", "registration"] as const;
export type SubscribeSource = (typeof SUBSCRIBE_SOURCES)[number];

/** The checkbox on the registration form; ticking it subscribes once the registration is confirmed. */
export const REGISTRATION_CONSENT = {
  version: "2026-11-registration-v1",
  text: "Send me the newsletter about future editions (separate from this registration).",
} as const;
