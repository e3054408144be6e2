import { notFound } from "next/navigation";
import { getPublishedEdition } from "@/lib/features/editions/reads";

/** The published edition a page is about (a draft or a sample on a public site is not), or a 404. */
export async function publishedEditionOr404(params: Promise<{ slug: string }>) {
  const edition = await getPublishedEdition((await params).slug);
  if (!edition) notFound();
  return edition;
}

/** The same for metadata, where a missing edition is a title rather than a 404. */
export async function publishedEditionOf(params: Promise<{ slug: string }>) {
  return getPublishedEdition((await params).slug);
}
