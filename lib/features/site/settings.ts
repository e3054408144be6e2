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
};

export const DEFAULT_SITE_SETTINGS: SiteSettings = {
  name: "Django on the Med",
  tagline: "Three mornings of Django sprinting by the Mediterranean, off-season.",
  hashtag: "DjangoOnTheMed",
  contactEmail: "hello@djangoonthemed.example",
  accentColor: "#0a4259",
};
