import type { ReactNode } from "react";

/** A column's header: its text, or its content with how the column is set. */
export type Column = string | { label: ReactNode; align?: "right"; className?: string };

/** How the header row looks. */
const HEADS = {
  /** The admin lists: a rule under the header row, and padded header cells. */
  list: { row: "border-b border-sea-700", cell: "py-2 pr-4" },
  /** A rule under the header row; the table pads its cells itself (in one place, for speed). */
  ruled: { row: "border-b border-sea-700", cell: undefined },
  /** No styles of its own: the figures tables, whose numbers' columns align right. */
  plain: { row: undefined, cell: undefined },
} as const;

const classes = (...names: (string | undefined)[]) => names.filter(Boolean).join(" ") || undefined;

/** A column's header cell. */
export function HeaderCell({
  align,
  className,
  children,
}: {
  align?: "right";
  className?: string;
  children: ReactNode;
}) {
  return (
    <th scope="col" className={classes(className, align === "right" ? "text-right" : undefined)}>
      {children}
    </th>
  );
}

type Props = {
  /** Names the scroll box (a region) for screen readers: usually the heading or caption it sits under. */
  label: string;
  /** The table's classes (its width, text size, cell styles). */
  className: string;
  caption?: ReactNode;
  columns: Column[];
  head?: keyof typeof HEADS;
  /** The table's body: a tbody, or a component that renders one. */
  children: ReactNode;
};

/**
 * A table in its own scroll box: on a narrow screen the table scrolls inside it, never the page
 * (WCAG 1.4.10 Reflow), and keyboard users can focus the box to scroll it with the arrow keys.
 * The header row comes from `columns`; the rows are the children.
 */
export function DataTable({ label, className, caption, columns, head = "plain", children }: Props) {
  const style = HEADS[head];
  return (
    <div role="region" aria-label={label} tabIndex={0} className="max-w-full overflow-x-auto">
      <table className={className}>
        {caption && <caption className="text-left font-semibold">{caption}</caption>}
        <thead>
          <tr className={style.row}>
            {columns.map((column, index) => {
              const spec: Exclude<Column, string> = typeof column === "string" ? { label: column } : column;
              return (
                <HeaderCell key={index} align={spec.align} className={classes(style.cell, spec.className)}>
                  {spec.label}
                </HeaderCell>
              );
            })}
          </tr>
        </thead>
        {children}
      </table>
    </div>
  );
}
