import type { Metadata } from "next";
import Link from "next/link";
import { ImpactAreas, ImpactTable, RecordFigures } from "@/components/outcomes/impact-numbers";
import { WeeklyChart } from "@/components/outcomes/weekly-chart";
import { clock } from "@/lib/platform/clock";
import { OutcomeList } from "@/components/outcomes/outcome-list";
import { formatDateRange } from "@/lib/platform/calendar/calendar";
import { editionPhase } from "@/lib/features/registration";
import { getEditionImpact } from "@/lib/features/outcomes/reads";
import { publishedSurveyFigures } from "@/lib/features/survey/reads";
import { PublishedFeedback } from "@/components/survey/published-feedback";
import { count } from "@/lib/platform/text/count";
import { SampleBanner } from "@/components/site/sample-banner";
import { PageHeading } from "@/components/ui/page-heading";
import { renderedOnFirstVisit, type SlugParams } from "@/app/(site)/on-first-visit";
import { publishedEditionOf, publishedEditionOr404 } from "../published-edition";

type Props = SlugParams;

export const generateStaticParams = renderedOnFirstVisit;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const edition = await publishedEditionOf(params);
  if (!edition) return { title: "Edition not found" };
  return {
    title: `What ${edition.city} ${edition.startsOn.getUTCFullYear()} achieved`,
    description: `Pull requests, tickets and docs from ${edition.name}.`,
  };
}

/** An edition's impact: the figures, then every outcome behind them. */
export default async function EditionImpactPage({ params }: Props) {
  const edition = await publishedEditionOr404(params);
  const now = clock().now();
  const [{ outcomes, impact, headline, reported, weeks }, feedback] = await Promise.all([
    getEditionImpact(edition.id, now),
    publishedSurveyFigures(edition.id),
  ]);
  return (
    <div className="space-y-8">
      <p className="flex flex-wrap gap-4">
        <Link className="underline" href={`/editions/${edition.slug}`}>
          ← {edition.name}
        </Link>
        <Link className="underline" href="/impact">
          The whole series
        </Link>
        <Link className="underline" href={`/editions/${edition.slug}/report`}>
          Sponsor report
        </Link>
      </p>
      <SampleBanner edition={edition} />
      <header className="space-y-2">
        <PageHeading>What {edition.city} achieved</PageHeading>
        <p>
          {formatDateRange(edition.startsOn, edition.endsOn)} · {count(impact.total, "outcome")} recorded by attendees
          and organizers
        </p>
      </header>
      <RecordFigures headline={headline} reported={reported} ended={editionPhase(edition, now) === "past"} />
      <WeeklyChart weeks={weeks} />
      {feedback && <PublishedFeedback figures={feedback} />}
      {impact.total === 0 ? (
        <p>
          Nothing recorded yet. Attendees add their pull requests, tickets and write-ups from the link in their
          confirmation email.
        </p>
      ) : (
        <>
          <ImpactTable impact={impact} caption="Outcomes by kind and status" />
          <ImpactAreas impact={impact} />
          <section aria-labelledby="all" className="space-y-3">
            <h2 id="all" className="text-2xl font-semibold">
              Every outcome
            </h2>
            <OutcomeList outcomes={outcomes} />
          </section>
        </>
      )}
    </div>
  );
}
