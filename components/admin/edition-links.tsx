import Link from "next/link";

type Props = {
  edition: { id: string; name: string; slug: string; published: boolean };
  /** The public pages this admin page answers to, shown once the edition is published. */
  publicPages: { path: string; label: string }[];
};

/** The top of an edition's admin page: back to the edition, and its public pages when published. */
export function EditionLinks({ edition, publicPages }: Props) {
  return (
    <p className="flex flex-wrap gap-4">
      <Link className="underline" href={`/admin/editions/${edition.id}`}>
        ← {edition.name}
      </Link>
      {edition.published &&
        publicPages.map(({ path, label }) => (
          <Link key={path} className="underline" href={`/editions/${edition.slug}${path}`}>
            {label}
          </Link>
        ))}
    </p>
  );
}
