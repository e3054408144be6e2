import type { Metadata } from "next";
import Link from "next/link";
import { getSiteSettings } from "@/lib/features/site";
import { PageHeading } from "@/components/ui/page-heading";

export async function generateMetadata(): Promise<Metadata> {
  const siteSettings = await getSiteSettings();
  return { title: "About", description: siteSettings.tagline };
}

export default async function AboutPage() {
  const siteSettings = await getSiteSettings();
  return (
    <article className="prose-med mx-auto max-w-3xl">
      <PageHeading>About {siteSettings.name}</PageHeading>
      <p>
        {siteSettings.name} is a three-day contributor sprint for the Django community, held off-season somewhere on the
        Mediterranean. The first edition gathered 14 people at three tables in Palafrugell, on the Costa Brava.
      </p>
      <h2>How a day goes</h2>
      <p>
        We sprint from 8:00 to 14:00 with breakfast on the table, at small tables where someone who has contributed
        before sits with people making their first pull request. Afternoons are free: the beach, the coastal path, a
        long lunch.
      </p>
      <h2>Why off-season</h2>
      <p>Rooms are affordable, towns are quiet, and the sea is still warm enough for the brave.</p>
      <h2>Who pays for it</h2>
      <p>
        Sponsors cover breakfast, the venue and the newsletter, so attending is free. Each edition&apos;s page thanks
        them for what they covered.
      </p>
      <h2>Host the next one</h2>
      <p>
        If you can see the Mediterranean from home and would like to host an edition, write to{" "}
        <a href={`mailto:${siteSettings.contactEmail}?subject=Hosting%20${encodeURIComponent(siteSettings.name)}`}>
          {siteSettings.contactEmail}
        </a>
        . See the <Link href="/editions">editions so far</Link> for what it takes.
      </p>
    </article>
  );
}
