/**
 * What makes this site "Django on the Med" rather than another "Django on the <blank>".
 * One place, so another community can run its own edition of the software.
 */
export const siteSettings = {
  name: "Django on the Med",
  tagline: "Three mornings of Django sprinting by the Mediterranean, off-season.",
  hashtag: "DjangoOnTheMed",
  contactEmail: "hello@djangoonthemed.example",
} as const;

export type SiteSettings = typeof siteSettings;
