import Link from "next/link";
import { getEditionImpact } from "@/lib/data/outcomes";
import { count } from "@/lib/text/count";

/** On the edition page: the headline numbers, once there are any, and the way to the rest. */
export async function ImpactTeaser({ edition }: { edition: { id: string; slug: string } }) {
  const { impact } = await getEditionImpact(edition.id);
  if (impact.total === 0) return null;
  return (
    <section aria-labelledby="impact" className="space-y-2">
      <h2 id="impact" className="text-2xl font-semibold">
        What we achieved
      </h2>
      <p>
        {count(impact.byKind.pull_request.total, "pull request")} ({impact.mergedPullRequests} merged),{" "}
        {count(impact.byKind.ticket.total, "ticket")},{" "}
        {count(impact.byKind.documentation.total, "documentation change")},{" "}
        {count(impact.firstTimeContributors, "first-time contributor")}.
      </p>
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
