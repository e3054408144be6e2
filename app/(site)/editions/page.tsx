import type { Metadata } from "next";
import { EditionCard } from "@/components/site/edition-card";
import { clock } from "@/lib/clock";
import { listPublishedEditions } from "@/lib/data/editions";
import { getSiteSettings } from "@/lib/site/load";

export async function generateMetadata(): Promise<Metadata> {
  const siteSettings = await getSiteSettings();
  return {
    title: "Editions",
    description: `Every ${siteSettings.name} sprint: where, when, and what each achieved.`,
  };
}

export default async function EditionsPage() {
  const siteSettings = await getSiteSettings();
  const now = clock().now();
  const editions = await listPublishedEditions();
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold">Editions</h1>
      <p className="max-w-2xl">
        Every {siteSettings.name} so far and the next one: three mornings of sprinting in a different town by the sea
        each time.
      </p>
      {editions.length === 0 ? (
        <p>No edition has been announced yet.</p>
      ) : (
        <div className="grid gap-4 sm:grid-cols-2">
          {editions.map((edition) => (
            <EditionCard key={edition.slug} edition={edition} now={now} headingLevel={2} />
          ))}
        </div>
      )}
    </div>
  );
}
