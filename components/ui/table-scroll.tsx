import type { ReactNode } from "react";

/**
 * A table's own scroll box: on a narrow screen the table scrolls inside it, never the page
 * (WCAG 1.4.10 Reflow), and keyboard users can focus the box to scroll it with the arrow keys.
 */
export function TableScroll({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div role="region" aria-label={label} tabIndex={0} className="max-w-full overflow-x-auto">
      {children}
    </div>
  );
}
