import Link from "next/link";

type Props = {
  /** YYYY-MM-DD → how the day reads ("Monday 17 February"). */
  days: Record<string, string>;
  current: string;
  /** The page the links lead to; each adds its `?day=`. */
  path: string;
};

/** The edition's days as links to one admin page, the shown day marked as current. */
export function DayLinks({ days, current, path }: Props) {
  return (
    <nav aria-label="Days" className="flex flex-wrap gap-4">
      {Object.entries(days).map(([value, label]) => (
        <Link
          key={value}
          href={`${path}?day=${value}`}
          aria-current={value === current ? "page" : undefined}
          className={value === current ? "font-bold underline" : "underline"}
        >
          {label}
        </Link>
      ))}
    </nav>
  );
}
