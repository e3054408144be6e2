import Link from "next/link";
import { ImpactAreas, ImpactFigures, ImpactTable } from "@/components/outcomes/impact-numbers";
import { getSeriesImpact } from "@/lib/data/outcomes";
import { formatDateRange } from "@/lib/editions/calendar";
import { count } from "@/lib/text/count";
import { getSiteSettings } from "@/lib/site/load";
import { TableScroll } from "@/components/ui/table-scroll";

export async function generateMetadata() {
  const site = await getSiteSettings();
  return { title: "Impact", description: `What every ${site.name} edition gave back to Django, in numbers.` };
}

/** The whole series in numbers, and each edition's line. */
export default async function SeriesImpactPage() {
  const [{ editions, impact }, site] = await Promise.all([getSeriesImpact(), getSiteSettings()]);
  return (
    <div className="space-y-8">
      <header className="space-y-2">
        <h1 className="text-3xl font-bold">What {site.name} gave back</h1>
        <p>
          Every edition together: {count(impact.total, "outcome")} over {count(editions.length, "edition")}.
        </p>
      </header>
      <ImpactFigures impact={impact} />
      <ImpactTable impact={impact} caption="All editions: outcomes by kind and status" />
      <ImpactAreas impact={impact} />
      <section aria-labelledby="editions" className="space-y-3">
        <h2 id="editions" className="text-2xl font-semibold">
          Edition by edition
        </h2>
        <TableScroll label="Edition by edition">
          <table className="w-full max-w-3xl text-left">
            <thead>
              <tr>
                <th scope="col">Edition</th>
                <th scope="col" className="text-right">
                  Outcomes
                </th>
                <th scope="col" className="text-right">
                  PRs merged
                </th>
                <th scope="col" className="text-right">
                  People
                </th>
                <th scope="col" className="text-right">
                  First-timers
                </th>
              </tr>
            </thead>
            <tbody>
              {editions.map((edition) => (
                <tr key={edition.slug} className="border-t border-sand-200">
                  <th scope="row" className="py-2 font-medium">
                    <Link className="underline" href={`/editions/${edition.slug}/impact`}>
                      {edition.name}
                    </Link>
                    <span className="block text-sm font-normal">
                      {formatDateRange(edition.startsOn, edition.endsOn)}
                    </span>
                  </th>
                  <td className="text-right">{edition.impact.total}</td>
                  <td className="text-right">{edition.impact.mergedPullRequests}</td>
                  <td className="text-right">{edition.impact.contributors}</td>
                  <td className="text-right">{edition.impact.firstTimeContributors}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      </section>
    </div>
  );
}
