import type { Metadata } from "next";
import { EditionView } from "@/components/site/edition-view";
import { clock } from "@/lib/platform/clock";
import { editionMetadata } from "@/lib/features/editions/reads";
import { renderedOnFirstVisit, type SlugParams } from "@/app/(site)/on-first-visit";
import { publishedEditionOf, publishedEditionOr404 } from "./published-edition";

type Props = SlugParams;

// Counts places: rendered again in the background every SEAT_COUNT_REFRESH_S seconds
// (lib/platform/server/public-pages.ts). Next reads the number from here, so it is written out.
export const revalidate = 5;

export const generateStaticParams = renderedOnFirstVisit;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const edition = await publishedEditionOf(params);
  return edition ? editionMetadata(edition) : { title: "Edition not found" };
}

/** Published editions only; organizers preview an unpublished one at ./preview. */
export default async function EditionPage({ params }: Props) {
  const edition = await publishedEditionOr404(params);
  return <EditionView edition={edition} now={clock().now()} />;
}
