import { siteSettings } from "../site/settings";

/**
 * The consent sentence shown next to every subscribe box. Its version is stored with each
 * consent, so a change of wording is a new version and old consents still say what was agreed.
 */
export const CONSENT_WORDING = {
  version: "2026-11-newsletter-v1",
  text: `Send me ${siteSettings.name} announcements: new editions, registration opening and what each edition achieved. A few emails a year; every one has a one-click unsubscribe link.`,
} as const;

/** Where a subscription came from; stored with the consent. */
export const SUBSCRIBE_SOURCES = ["footer", "newsletter-page", "registration"] as const;
export type SubscribeSource = (typeof SUBSCRIBE_SOURCES)[number];

/** The checkbox on the registration form; ticking it subscribes once the registration is confirmed. */
export const REGISTRATION_CONSENT = {
  version: "2026-11-registration-v1",
  text: "Send me the newsletter about future editions (separate from this registration).",
} as const;
