/** Previous / next links for a list paged in the database (plain links: the pages are dynamic). */
export function Pager({ page, pages, href }: { page: number; pages: number; href: (page: number) => string }) {
  return (
    <nav aria-label="Pages" className="flex gap-4">
      {page > 1 && (
        <a className="underline" href={href(page - 1)}>
          ← Previous
        </a>
      )}
      {page < pages && (
        <a className="underline" href={href(page + 1)}>
          Next →
        </a>
      )}
    </nav>
  );
}
