import Link from "next/link";

/** Previous / next links for a list paged in the database. */
export function Pager({ page, pages, href }: { page: number; pages: number; href: (page: number) => string }) {
  return (
    <nav aria-label="Pages" className="flex gap-4">
      {page > 1 && <Link className="underline" href={href(page - 1)}>← Previous</Link>}
      {page < pages && <Link className="underline" href={href(page + 1)}>Next →</Link>}
    </nav>
  );
}
