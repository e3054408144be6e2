import type { Metadata } from "next";
import Link from "next/link";
import { HeadlineFigures, ImpactAreas, ImpactTable, ReportedFigures } from "@/components/outcomes/impact-numbers";
import { WeeklyChart } from "@/components/outcomes/weekly-chart";
import { clock } from "@/lib/platform/clock";
import { OutcomeList } from "@/components/outcomes/outcome-list";
import { formatDateRange } from "@/lib/platform/calendar/calendar";
import { getEditionImpact } from "@/lib/features/outcomes/reads";
import { getSiteSettings } from "@/lib/features/site";
import { SampleBanner } from "@/components/site/sample-banner";
import { PageHeading } from "@/components/ui/page-heading";
import { renderedOnFirstVisit, type SlugParams } from "@/app/(site)/on-first-visit";
import { publishedEditionOf, publishedEditionOr404 } from "../published-edition";
import { grantTotals } from "@/lib/features/travel-grants";
import { GrantTotalsSection } from "@/components/travel-grants/grant-totals";

type Props = SlugParams;

export const generateStaticParams = renderedOnFirstVisit;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const edition = await publishedEditionOf(params);
  return { title: edition ? `Sponsor report: ${edition.name}` : "Edition not found", robots: { index: false } };
}

/** The impact page made for sponsors and for paper: the figures, the merged work, and thanks. */
export default async function SponsorReportPage({ params }: Props) {
  const edition = await publishedEditionOr404(params);
  const [{ outcomes, impact, headline, reported, weeks }, site, grants] = await Promise.all([
    getEditionImpact(edition.id, clock().now()),
    getSiteSettings(),
    grantTotals(edition.id, clock().now()),
  ]);
  const landed = outcomes.filter((outcome) => outcome.status === "merged" || outcome.status === "done");
  return (
    <div className="mx-auto max-w-3xl space-y-8 print:max-w-none print:text-black">
      <p className="print:hidden">
        <Link className="underline" href={`/editions/${edition.slug}/impact`}>
          ← Impact page
        </Link>{" "}
        · Print this page or save it as PDF from your browser&apos;s print menu.
      </p>
      <SampleBanner edition={edition} />
      <header className="space-y-1">
        <p className="text-sm font-semibold uppercase tracking-wide">{site.name} · sponsor report</p>
        <PageHeading>{edition.name}</PageHeading>
        <p>
          {formatDateRange(edition.startsOn, edition.endsOn)} · {edition.city}, {edition.country}
        </p>
      </header>
      {edition.sponsors.length > 0 && (
        <section aria-labelledby="thanks" className="space-y-2">
          <h2 id="thanks" className="text-2xl font-semibold">
            Thank you
          </h2>
          <p>
            This edition happened thanks to{" "}
            {edition.sponsors.map((sponsor, index) => (
              <span key={sponsor.name}>
                {index > 0 && (index === edition.sponsors.length - 1 ? " and " : ", ")}
                <strong>{sponsor.name}</strong> ({sponsor.contribution.toLowerCase()})
              </span>
            ))}
            .
          </p>
        </section>
      )}
      {/* Where organizers reported figures, theirs are the headline; the site's count follows. */}
      <ReportedFigures reported={reported} />
      <section aria-labelledby="figures" className="space-y-4 print:break-inside-avoid">
        <h2 id="figures" className="text-2xl font-semibold">
          {reported ? "Counted on this site" : "In numbers"}
        </h2>
        <HeadlineFigures headline={headline} label={reported ? "Counted on this site" : "In numbers"} />
        <ImpactTable impact={impact} caption="Outcomes by kind and status" />
        <ImpactAreas impact={impact} />
      </section>
      {grants && <GrantTotalsSection grants={grants} />}
      <WeeklyChart weeks={weeks} />
      <section aria-labelledby="landed" className="space-y-3">
        <h2 id="landed" className="text-2xl font-semibold">
          Merged and done
        </h2>
        {landed.length === 0 ? (
          <p>Nothing has landed yet; statuses refresh daily for weeks after the edition.</p>
        ) : (
          <OutcomeList outcomes={landed} />
        )}
      </section>
    </div>
  );
}
