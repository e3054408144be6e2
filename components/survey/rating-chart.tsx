import { HeaderCell } from "@/components/ui/data-table";

const BAR_HEIGHT = 22;
const GAP = 8;
const LABEL = 110;
const WIDTH = 420;
const FILL = "#1f6f5c";

type Props = {
  id: string;
  /** The question, as asked. */
  title: string;
  /** Each choice's label and how many chose it, in the order asked. */
  rows: { label: string; count: number }[];
  /** "Average 4.2 of 5 (5 answers)", or how many answered. */
  summary: string;
};

/**
 * One question's answers as horizontal bars drawn on the server (no JavaScript). The drawing is
 * hidden from screen readers: the table under it says the same, and is what they read.
 */
export function RatingChart({ id, title, rows, summary }: Props) {
  const most = Math.max(1, ...rows.map((row) => row.count));
  const height = rows.length * (BAR_HEIGHT + GAP);
  return (
    <section aria-labelledby={id} className="space-y-2 print:break-inside-avoid">
      <h3 id={id} className="text-lg font-semibold">
        {title}
      </h3>
      <p>{summary}</p>
      <svg
        aria-hidden="true"
        viewBox={`0 0 ${WIDTH} ${height}`}
        className="h-auto w-full max-w-md text-sea-950 dark:text-sand-50 print:text-black"
      >
        {rows.map((row, index) => {
          const y = index * (BAR_HEIGHT + GAP);
          const width = ((WIDTH - LABEL - 40) * row.count) / most;
          return (
            <g key={row.label}>
              <text x={0} y={y + BAR_HEIGHT - 6} fontSize="13" fill="currentColor">
                {row.label}
              </text>
              {width > 0 && <rect x={LABEL} y={y} width={width} height={BAR_HEIGHT} fill={FILL} />}
              <text x={LABEL + width + 6} y={y + BAR_HEIGHT - 6} fontSize="13" fill="currentColor">
                {row.count}
              </text>
            </g>
          );
        })}
      </svg>
      {/* The wrapper hides the table: a table's own box would leave its caption out of the clip. */}
      <div className="sr-only print:not-sr-only">
        <table className="text-left">
          <caption className="text-left font-semibold">Answers to “{title}”</caption>
          <thead>
            <tr>
              <HeaderCell className="pr-4">Answer</HeaderCell>
              <HeaderCell align="right" className="px-4">
                People
              </HeaderCell>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.label}>
                <th scope="row" className="pr-4">
                  {row.label}
                </th>
                <td className="px-4 text-right">{row.count}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
