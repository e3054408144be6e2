import Link from "next/link";
import { getEditionImpact } from "@/lib/features/outcomes/reads";
import { describeReported } from "@/lib/features/outcomes";
import { clock } from "@/lib/platform/clock";
import { count } from "@/lib/platform/text/count";

/** On the edition page: the headline numbers, once there are any, and the way to the rest. */
export async function ImpactTeaser({ edition }: { edition: { id: string; slug: string } }) {
  const { impact, headline, reported } = await getEditionImpact(edition.id, clock().now());
  if (impact.total === 0 && !reported) return null;
  return (
    <section aria-labelledby="impact" className="space-y-2">
      <h2 id="impact" className="text-2xl font-semibold">
        What we achieved
      </h2>
      {reported && <p>As reported by the organizers: {describeReported(reported)}</p>}
      {impact.total > 0 && (
        <p>
          {reported ? "Recorded here: " : ""}
          {count(headline.pullRequests.opened, "pull request")} ({headline.pullRequests.merged} merged),{" "}
          {count(headline.tickets, "ticket")}, {count(impact.byKind.documentation.total, "documentation change")},{" "}
          {count(impact.total, "outcome")} in all.
        </p>
      )}
      <p>
        <Link
          className="font-medium text-sea-700 underline dark:text-sun-300"
          href={`/editions/${edition.slug}/impact`}
        >
          See every outcome
        </Link>
      </p>
    </section>
  );
}
