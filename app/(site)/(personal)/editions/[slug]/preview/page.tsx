import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { EditionView } from "@/components/site/edition-view";
import { currentOrganizer } from "@/lib/platform/auth/require-organizer";
import { clock } from "@/lib/platform/clock";
import { editionMetadata, getDraftEdition, getPublishedEdition } from "@/lib/features/editions/reads";

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const draft = (await currentOrganizer()) ? await getDraftEdition((await params).slug) : null;
  if (!draft) return { title: "Edition not found" };
  return { ...editionMetadata(draft), title: `Preview: ${draft.city}`, robots: { index: false, follow: false } };
}

/** An unpublished edition as its public page will look; for anyone else it does not exist. */
export default async function EditionPreviewPage({ params }: Props) {
  const { slug } = await params;
  if (!(await currentOrganizer())) notFound();
  const draft = await getDraftEdition(slug);
  if (draft) return <EditionView edition={draft} now={clock().now()} preview />;
  if (await getPublishedEdition(slug)) redirect(`/editions/${slug}`);
  notFound();
}
