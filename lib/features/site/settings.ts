/**
 * What makes this site "Django on the Med" rather than another "Django on the <blank>".
 * Organizers edit these at /admin/settings; until they do, these defaults apply.
 */
export type SiteSettings = {
  name: string;
  tagline: string;
  hashtag: string;
  contactEmail: string;
  /** #rrggbb behind the header and the emails' top bar, with light text on it. */
  accentColor: string;
  /** The organizing body as visa invitation letters name it (its legal name and postal address). */
  legalName: string;
  postalAddress: string;
  /** Attendees may ask for visa invitation letters (docs/visa-letters.md). */
  visaLettersEnabled: boolean;
};

export const DEFAULT_SITE_SETTINGS: SiteSettings = {
  name: "Django on the Med",
  tagline: "Three mornings of Django sprinting by the Mediterranean, off-season.",
  hashtag: "DjangoOnTheMed",
  contactEmail: "hello@djangoonthemed.example",
  accentColor: "#0a4259",
  legalName: "",
  postalAddress: "",
  visaLettersEnabled: false,
};
