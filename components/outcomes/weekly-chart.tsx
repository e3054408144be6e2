import { type WeekCount } from "@/lib/features/outcomes";
import { HeaderCell } from "@/components/ui/data-table";

const BAR = 28;
const GAP = 12;
const HEIGHT = 160;
const AXIS = 28;
// Fills that print and keep contrast against white and the dark theme's panel alike.
const SERIES = [
  { key: "merged", label: "Merged", fill: "#1f6f5c" },
  { key: "open", label: "Open", fill: "#d19a1c" },
  { key: "closed", label: "Closed", fill: "#8a8f98" },
] as const;

/**
 * The edition's pull requests week by week after the sprint, as stacked bars drawn on the
 * server (no JavaScript). The drawing is hidden from screen readers: the table under it says
 * the same, and is what they read.
 */
export function WeeklyChart({ weeks }: { weeks: WeekCount[] }) {
  if (weeks.length === 0 || weeks.every((week) => week.open + week.merged + week.closed === 0)) return null;
  const most = Math.max(...weeks.map((week) => week.open + week.merged + week.closed));
  const width = weeks.length * (BAR + GAP) + GAP;
  const scale = (n: number) => (n / most) * HEIGHT;
  return (
    <section aria-labelledby="weeks" className="space-y-3 print:break-inside-avoid">
      <h2 id="weeks" className="text-xl font-semibold">
        The pull requests, week by week after the sprint
      </h2>
      <ul className="flex flex-wrap gap-4 text-sm" aria-hidden="true">
        {SERIES.map((series) => (
          <li key={series.key} className="flex items-center gap-2">
            <svg width="14" height="14" aria-hidden="true">
              <rect width="14" height="14" fill={series.fill} />
            </svg>
            {series.label}
          </li>
        ))}
      </ul>
      <svg
        aria-hidden="true"
        viewBox={`0 0 ${width} ${HEIGHT + AXIS}`}
        className="h-auto w-full max-w-2xl text-sea-950 dark:text-sand-50 print:text-black"
      >
        {weeks.map((week, index) => {
          const x = GAP + index * (BAR + GAP);
          let top = HEIGHT;
          return (
            <g key={week.week}>
              {SERIES.map((series) => {
                const height = scale(week[series.key]);
                top -= height;
                return height > 0 ? (
                  <rect key={series.key} x={x} y={top} width={BAR} height={height} fill={series.fill} />
                ) : null;
              })}
              <text x={x + BAR / 2} y={HEIGHT + 18} textAnchor="middle" fontSize="12" fill="currentColor">
                {week.week}
              </text>
            </g>
          );
        })}
        <line x1="0" x2={width} y1={HEIGHT} y2={HEIGHT} stroke="currentColor" strokeWidth="1" />
      </svg>
      {/* The wrapper hides the table: a table's own box would leave its caption out of the clip. */}
      <div className="sr-only print:not-sr-only">
        <table className="text-left">
          <caption className="text-left font-semibold">
            Pull requests by status at the end of each week after the sprint (week 0: its last day)
          </caption>
          <thead>
            <tr>
              <HeaderCell className="pr-4">Week</HeaderCell>
              {SERIES.map((series) => (
                <HeaderCell key={series.key} align="right" className="px-4">
                  {series.label}
                </HeaderCell>
              ))}
            </tr>
          </thead>
          <tbody>
            {weeks.map((week) => (
              <tr key={week.week}>
                <th scope="row" className="pr-4">
                  {week.week}
                </th>
                {SERIES.map((series) => (
                  <td key={series.key} className="px-4 text-right">
                    {week[series.key]}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
