import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { EditionView } from "@/components/site/edition-view";
import { clock } from "@/lib/clock";
import { getPublishedEdition, listPublishedEditions } from "@/lib/data/editions";
import { editionMetadata } from "@/lib/editions/metadata";

type Props = { params: Promise<{ slug: string }> };

// The editions published at build time are rendered by the build: Next then serves them as
// known paths, which costs measurably less per request than a parameter it has to resolve.
// Editions published later render on their first visit. Either way a page is then served from
// the cache until a write marks it out of date (app/(site)/layout.tsx).
export async function generateStaticParams(): Promise<{ slug: string }[]> {
  return (await listPublishedEditions()).map((edition) => ({ slug: edition.slug }));
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
