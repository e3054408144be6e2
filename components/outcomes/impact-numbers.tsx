import {
  type Headline,
  type Reported,
  type Impact,
  OUTCOME_KIND_ORDER,
  OUTCOME_KINDS,
  OUTCOME_STATUS_ORDER,
  OUTCOME_STATUSES,
} from "@/lib/features/outcomes";
import { DataTable } from "@/components/ui/data-table";

const figureCard =
  "rounded-xl border border-sand-200 bg-white p-4 text-sea-950 dark:border-sea-800 dark:bg-sea-900 dark:text-sand-50 print:border-sea-950";

/** A figure this site did not count (nobody registered here) reads so, never as 0. */
export const NOT_COUNTED = "not counted on this site";

function Figures({ figures, label }: { figures: [number | null, string][]; label: string }) {
  return (
    <dl aria-label={label} className="grid grid-cols-2 gap-3 sm:grid-cols-3">
      {figures.map(([value, text]) => (
        <div key={text} className={figureCard}>
          <dt className="text-sm">{text}</dt>
          {value === null ? (
            <dd className="mt-1 text-base font-semibold">{NOT_COUNTED}</dd>
          ) : (
            <dd className="text-3xl font-bold">{value}</dd>
          )}
        </div>
      ))}
    </dl>
  );
}

/** The headline figures as this site counts them: what sponsors and future attendees look for first. */
export function HeadlineFigures({ headline, label }: { headline: Headline; label: string }) {
  return (
    <Figures
      label={label}
      figures={[
        [headline.people, "people"],
        [headline.firstTimers, "first-time contributors"],
        [headline.pullRequests.opened, "pull requests opened"],
        [headline.pullRequests.merged, "pull requests merged"],
        [headline.pullRequests.closed, "pull requests closed"],
        [headline.tickets, "tickets"],
      ]}
    />
  );
}

/**
 * Figures organizers reported (an edition held before the site): shown beside what the site
 * counts, marked as theirs, never added to it.
 */
export function ReportedFigures({ reported }: { reported: Reported | null }) {
  if (!reported) return null;
  const figures: [number | null, string][] = [
    [reported.people, "people"],
    [reported.firstTimers, "first-time contributors"],
    [reported.pullRequests.opened, "pull requests opened"],
    [reported.pullRequests.merged, "pull requests merged"],
    [reported.pullRequests.closed, "pull requests closed"],
  ];
  return (
    <section aria-labelledby="reported" className="space-y-3 print:break-inside-avoid">
      <h2 id="reported" className="text-xl font-semibold">
        As reported by the organizers
      </h2>
      <Figures
        label="As reported by the organizers"
        figures={figures.filter((figure): figure is [number, string] => figure[0] !== null)}
      />
    </section>
  );
}

/**
 * The record: where organizers reported figures, they are the headline and what the site counts
 * follows (never added to them); otherwise the site's count is the headline. Figures nobody
 * published are said to be unpublished, never shown as 0.
 */
export function RecordFigures({
  headline,
  reported,
  ended,
}: {
  headline: Headline;
  reported: Reported | null;
  /** The edition (or every edition counted) has ended: an unpublished figure is then said to be so. */
  ended: boolean;
}) {
  const counted = (
    <section aria-labelledby="counted" className="space-y-3">
      <h2 id="counted" className="text-xl font-semibold">
        {reported || headline.people === null ? "Counted on this site" : "In numbers"}
      </h2>
      <HeadlineFigures headline={headline} label="Counted on this site" />
      {ended && !reported && headline.people === null && (
        <p>The organizers have not published how many people came or how many pull requests were opened.</p>
      )}
    </section>
  );
  return (
    <>
      <ReportedFigures reported={reported} />
      {counted}
    </>
  );
}

/** Every kind by every status, as a table (what the figures summarize). */
export function ImpactTable({ impact, caption }: { impact: Impact; caption: string }) {
  const kinds = OUTCOME_KIND_ORDER.filter((kind) => impact.byKind[kind].total > 0);
  if (kinds.length === 0) return null;
  return (
    <DataTable
      label="Outcomes by kind and status"
      className="w-full max-w-2xl text-left"
      caption={caption}
      columns={[
        "Kind",
        ...OUTCOME_STATUS_ORDER.map((status) => ({ label: OUTCOME_STATUSES[status], align: "right" as const })),
        { label: "Total", align: "right" },
      ]}
    >
      <tbody>
        {kinds.map((kind) => (
          <tr key={kind} className="border-t border-sand-200">
            <th scope="row" className="py-1 font-medium">
              {OUTCOME_KINDS[kind].many}
            </th>
            {OUTCOME_STATUS_ORDER.map((status) => (
              <td key={status} className="text-right">
                {impact.byKind[kind][status]}
              </td>
            ))}
            <td className="text-right font-semibold">{impact.byKind[kind].total}</td>
          </tr>
        ))}
      </tbody>
    </DataTable>
  );
}

export function ImpactAreas({ impact }: { impact: Impact }) {
  if (impact.areas.length === 0) return null;
  return (
    <p>
      <span className="font-semibold">Areas touched: </span>
      {impact.areas.map((area) => `${area.area} (${area.count})`).join(", ")}
    </p>
  );
}
