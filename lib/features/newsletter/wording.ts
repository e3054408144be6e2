/**
 * The consent sentence shown next to every subscribe box. Its version is stored with each
 * consent, so a change of wording is a new version and old consents still say what was agreed.
 */
export const CONSENT_VERSION = "2026-11-newsletter-v1";

export function consentText(siteName: string): string {
  return `Send me ${siteName} announcements: new editions, registration opening and what each edition achieved. A few emails a year; every one has a one-click unsubscribe link.`;
}

/** Where a subscription came from; stored with the consent. */
export const SUBSCRIBE_SOURCES = ["footer", "newsletter-page", "registration", "next-edition"] as const;
export type SubscribeSource = (typeof SUBSCRIBE_SOURCES)[number];

/** The checkbox on the registration form; ticking it subscribes once the registration is confirmed. */
export const REGISTRATION_CONSENT = {
  version: "2026-11-registration-v1",
  text: "Send me the newsletter about future editions (separate from this registration).",
} as const;

// What people read when an emailed newsletter or privacy link cannot be used; the services
// return these codes as { ok: false, problem }.

export type NewsletterLinkProblem = "invalid" | "expired" | "used" | "wrong-kind";

export const NEWSLETTER_LINK_PROBLEMS: Record<NewsletterLinkProblem, readonly [title: string, text: string]> = {
  invalid: ["This link does not work", "It may have been copied incompletely. Open it again from the email."],
  expired: [
    "This link has expired",
    "Links in our emails work for a limited time. Ask again from the newsletter page to get a new one.",
  ],
  used: ["This link has already been used", "It no longer changes anything."],
  "wrong-kind": ["This link does not work", "It was made for a different request. Open it again from the email."],
};

/** The short line a button's answer shows; the page, once reloaded, says why in full. */
export const NEWSLETTER_LINK_NO_LONGER_WORKS = "This link can no longer be used. Reload the page to see why.";

/** Why an announcement could not be changed or sent. */
export const ANNOUNCEMENT_PROBLEMS = {
  "not-found": "This announcement no longer exists.",
  "already-sent": "This announcement has been sent and can no longer change.",
} as const;
