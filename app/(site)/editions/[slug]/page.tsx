import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { EditionView } from "@/components/site/edition-view";
import { clock } from "@/lib/platform/clock";
import { editionMetadata, getPublishedEdition } from "@/lib/features/editions/reads";

type Props = { params: Promise<{ slug: string }> };

// Counts places: rendered again in the background every SEAT_COUNT_REFRESH_S seconds
// (lib/platform/server/public-pages.ts). Next reads the number from here, so it is written out.
export const revalidate = 5;

// Each edition's page is rendered on its first visit, not at build, and then served from the
// cache until an organizer's edit or a registration revalidates it (app/(site)/layout.tsx).
export async function generateStaticParams(): Promise<{ slug: string }[]> {
  return [];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const edition = await getPublishedEdition((await params).slug);
  return edition ? editionMetadata(edition) : { title: "Edition not found" };
}

/** Published editions only; organizers preview an unpublished one at ./preview. */
export default async function EditionPage({ params }: Props) {
  const edition = await getPublishedEdition((await params).slug);
  if (!edition) notFound();
  return <EditionView edition={edition} now={clock().now()} />;
}
