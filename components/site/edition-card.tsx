import Link from "next/link";
import { type EditionCard as Edition } from "@/lib/features/editions/reads";
import { SAMPLE_BANNER } from "@/lib/features/editions";
import { formatDateRange } from "@/lib/platform/calendar/calendar";
import { RegistrationBadge } from "./registration-badge";

/** One edition as a card; its heading sits one level below the section it is listed in. */
export function EditionCard({ edition, now, headingLevel = 3 }: { edition: Edition; now: Date; headingLevel?: 2 | 3 }) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <article className="rounded-xl border border-sand-200 bg-white p-5 shadow-sm dark:border-sea-800 dark:bg-sea-900">
      <Heading className="text-lg font-semibold">
        <Link href={`/editions/${edition.slug}`} className="hover:underline">
          {edition.city}, {edition.country}
        </Link>
      </Heading>
      <p className="text-sm text-sea-700 dark:text-sand-200">{formatDateRange(edition.startsOn, edition.endsOn)}</p>
      <p className="mt-2">{edition.summary}</p>
      {edition.isSample && <p className="mt-2 text-sm font-semibold">{SAMPLE_BANNER}</p>}
      <div className="mt-3">
        <RegistrationBadge edition={edition} now={now} />
      </div>
    </article>
  );
}
