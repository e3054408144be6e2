import { getPublishedEdition } from "@/lib/features/editions/reads";
import { cachedEditionCalendar } from "@/lib/platform/calendar/ics";
import { env } from "@/lib/platform/env";

// Made on its first download and then cached like the edition's page (app/(site)/layout.tsx).
export const revalidate = 60;

export async function generateStaticParams(): Promise<{ slug: string }[]> {
  return [];
}

export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const edition = await getPublishedEdition((await params).slug);
  if (!edition)
    return new Response("No such edition.", { status: 404, headers: { "content-type": "text/plain; charset=utf-8" } });
  return new Response(cachedEditionCalendar(edition, env().siteUrl), {
    headers: {
      "content-type": "text/calendar; charset=utf-8",
      "content-disposition": `attachment; filename="${edition.slug}.ics"`,
      "cache-control": "public, max-age=300",
    },
  });
}
