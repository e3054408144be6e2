import type { Metadata } from "next";
import { getSiteSettings } from "@/lib/features/site";
import { PageHeading } from "@/components/ui/page-heading";

export async function generateMetadata(): Promise<Metadata> {
  const siteSettings = await getSiteSettings();
  return { title: "Code of conduct", description: `How we treat each other at ${siteSettings.name}.` };
}

export default async function CodeOfConductPage() {
  const siteSettings = await getSiteSettings();
  return (
    <article className="prose-med mx-auto max-w-3xl">
      <PageHeading>Code of conduct</PageHeading>
      <p>
        {siteSettings.name} follows the{" "}
        <a href="https://www.djangoproject.com/conduct/" rel="noopener noreferrer">
          Django Code of Conduct
        </a>
        . It applies at the sprint tables, at breakfast, during the afternoon activities, and online before and after
        each edition.
      </p>
      <h2>In short</h2>
      <ul>
        <li>Be friendly and patient, especially with people making their first contribution.</li>
        <li>Be welcoming, whatever someone&apos;s background, identity, experience or language.</li>
        <li>Be considerate and respectful: disagree about code, never about people.</li>
        <li>Harassment and exclusionary behaviour are not acceptable, anywhere, in any form.</li>
      </ul>
      <h2>If something happens</h2>
      <p>
        Talk to any organizer in person, or write to{" "}
        <a href={`mailto:${siteSettings.contactEmail}`}>{siteSettings.contactEmail}</a>. Reports are handled in
        confidence. Organizers may take any action they judge appropriate, up to asking someone to leave the event.
      </p>
    </article>
  );
}
