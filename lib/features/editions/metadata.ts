import type { Metadata } from "next";
import type { EditionDetail } from "./reads/editions";
import { env } from "../../platform/env";

/** The title, description and sharing cards of an edition's page. */
export function editionMetadata(edition: EditionDetail): Metadata {
  const title = `${edition.city} ${edition.startsOn.getUTCFullYear()}`;
  const url = `${env().siteUrl}/editions/${edition.slug}`;
  return {
    title,
    description: edition.summary,
    alternates: { canonical: url },
    openGraph: { title: edition.name, description: edition.summary, url, type: "website" },
    twitter: { card: "summary_large_image", title: edition.name, description: edition.summary },
  };
}
