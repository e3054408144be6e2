import type { Impact } from "@/lib/outcomes/impact";
import { OUTCOME_KIND_ORDER, OUTCOME_KINDS, OUTCOME_STATUS_ORDER, OUTCOME_STATUSES } from "@/lib/outcomes/labels";
import { TableScroll } from "@/components/ui/table-scroll";

/** The headline figures: what sponsors and future attendees look for first. */
export function ImpactFigures({ impact }: { impact: Impact }) {
  const figures: [number, string][] = [
    [impact.byKind.pull_request.total, "pull requests opened"],
    [impact.mergedPullRequests, "pull requests merged"],
    [impact.byKind.ticket.total, "tickets worked on"],
    [impact.byKind.documentation.total, "documentation changes"],
    [impact.contributors, "people contributing"],
    [impact.firstTimeContributors, "first-time contributors"],
  ];
  return (
    <dl className="grid grid-cols-2 gap-3 sm:grid-cols-3">
      {figures.map(([value, label]) => (
        <div
          key={label}
          className="rounded-xl border border-sand-200 bg-white p-4 text-sea-950 dark:border-sea-800 dark:bg-sea-900 dark:text-sand-50 print:border-sea-950"
        >
          <dt className="text-sm">{label}</dt>
          <dd className="text-3xl font-bold">{value}</dd>
        </div>
      ))}
    </dl>
  );
}

/** Every kind by every status, as a table (what the figures summarize). */
export function ImpactTable({ impact, caption }: { impact: Impact; caption: string }) {
  const kinds = OUTCOME_KIND_ORDER.filter((kind) => impact.byKind[kind].total > 0);
  if (kinds.length === 0) return null;
  return (
    <TableScroll label="Outcomes by kind and status">
      <table className="w-full max-w-2xl text-left">
        <caption className="text-left font-semibold">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Kind</th>
            {OUTCOME_STATUS_ORDER.map((status) => (
              <th key={status} scope="col" className="text-right">
                {OUTCOME_STATUSES[status]}
              </th>
            ))}
            <th scope="col" className="text-right">
              Total
            </th>
          </tr>
        </thead>
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
      </table>
    </TableScroll>
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
