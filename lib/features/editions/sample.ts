/** The made-up edition a local site seeds (prisma/sample-edition.ts). */
export const SAMPLE_EDITION_SLUG = "sample";

export const SAMPLE_BANNER = "Sample edition on this local site: not a real event";

/**
 * Which editions the public may see: on a public site never a sample, even one an organizer
 * published again by mistake. A Prisma `where` fragment, added to `published: true`.
 */
export function visibleEditions(localSite: boolean) {
  return localSite ? { published: true } : { published: true, isSample: false };
}
