import Link from "next/link";
import { ImpactAreas, ImpactTable, RecordFigures } from "@/components/outcomes/impact-numbers";
import { describeReported } from "@/lib/features/outcomes";
import { getSeriesImpact } from "@/lib/features/outcomes/reads";
import { formatDateRange, isoDate } from "@/lib/platform/calendar/calendar";
import { count } from "@/lib/platform/text/count";
import { getSiteSettings } from "@/lib/features/site";
import { DataTable } from "@/components/ui/data-table";
import { clock } from "@/lib/platform/clock";
import { PageHeading } from "@/components/ui/page-heading";

const notCounted = <span className="text-sm">not counted here</span>;

export async function generateMetadata() {
  const site = await getSiteSettings();
  return { title: "Impact", description: `What every ${site.name} edition gave back to Django, in numbers.` };
}

/** The whole series in numbers, and each edition's line. */
export default async function SeriesImpactPage() {
  const today = isoDate(clock().now());
  const [{ editions, leftOut, impact, headline, reported }, site] = await Promise.all([
    getSeriesImpact(today),
    getSiteSettings(),
  ]);
  return (
    <div className="space-y-8">
      <header className="space-y-2">
        <PageHeading>What {site.name} gave back</PageHeading>
        <p>
          Every edition that has ended, together: {count(impact.total, "outcome")} recorded over{" "}
          {count(editions.length, "edition")}
          {reported ? ", and the figures organizers reported for editions held before this site" : ""}.
        </p>
        {leftOut.length > 0 && (
          <p>
            Not counted until it has ended:{" "}
            {leftOut.map((edition, index) => (
              <span key={edition.slug}>
                {index > 0 && ", "}
                <Link className="underline" href={`/editions/${edition.slug}`}>
                  {edition.name}
                </Link>
              </span>
            ))}
            .
          </p>
        )}
      </header>
      <RecordFigures headline={headline} reported={reported} ended />
      <ImpactTable impact={impact} caption="All editions: outcomes by kind and status" />
      <ImpactAreas impact={impact} />
      <section aria-labelledby="editions" className="space-y-3">
        <h2 id="editions" className="text-2xl font-semibold">
          Edition by edition
        </h2>
        <DataTable
          label="Edition by edition"
          className="w-full max-w-5xl text-left [&_td]:px-3 [&_th]:px-3 [&_thead_th]:align-bottom"
          columns={[
            "Edition",
            ...["People", "First-timers", "PRs opened", "PRs merged", "Tickets"].map((label) => ({
              label,
              align: "right" as const,
            })),
            { label: "As reported by the organizers", className: "pl-4" },
          ]}
        >
          <tbody>
            {editions.map((edition) => (
              <tr key={edition.slug} className="border-t border-sand-200">
                <th scope="row" className="py-2 font-medium">
                  <Link className="underline" href={`/editions/${edition.slug}/impact`}>
                    {edition.name}
                  </Link>
                  <span className="block text-sm font-normal">{formatDateRange(edition.startsOn, edition.endsOn)}</span>
                </th>
                <td className="text-right">{edition.headline.people ?? notCounted}</td>
                <td className="text-right">{edition.headline.firstTimers ?? notCounted}</td>
                <td className="text-right">{edition.headline.pullRequests.opened}</td>
                <td className="text-right">{edition.headline.pullRequests.merged}</td>
                <td className="text-right">{edition.headline.tickets}</td>
                <td className="pl-4 text-sm">{edition.reported ? describeReported(edition.reported) : "—"}</td>
              </tr>
            ))}
          </tbody>
        </DataTable>
      </section>
    </div>
  );
}
