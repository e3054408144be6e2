import { cateringSummary } from "@/lib/features/registration/reads";
import { PageHeading } from "@/components/ui/page-heading";
import { BackLink } from "@/components/ui/back-link";
import { editionDays, organizerEdition } from "../organizer-edition";

export const metadata = { title: "Dietary and access" };

type Props = { params: Promise<{ id: string }> };

/** For the caterer and the venue: counts, not names. */
export default async function CateringPage({ params }: Props) {
  const { id, edition } = await organizerEdition(params);
  const summary = await cateringSummary(id);
  const { days } = editionDays(edition);
  return (
    <div className="max-w-2xl space-y-6">
      <BackLink href={`/admin/editions/${id}/registrations`}>Registrations</BackLink>
      <PageHeading>Dietary and access: {edition.city}</PageHeading>
      <p>Counted over the {summary.people} people with a place (confirmed, or offered one).</p>
      <section aria-labelledby="breakfasts" className="space-y-2">
        <h2 id="breakfasts" className="text-xl font-semibold">
          Breakfasts per day
        </h2>
        <ul className="list-disc pl-6">
          {summary.perDay.map(([day, count]) => (
            <li key={day}>
              {days[day] ?? day}: {count}
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="dietary" className="space-y-2">
        <h2 id="dietary" className="text-xl font-semibold">
          Dietary requirements
        </h2>
        {summary.dietary.length === 0 ? (
          <p>None given.</p>
        ) : (
          <ul className="list-disc pl-6">
            {summary.dietary.map(([need, count]) => (
              <li key={need}>
                {need}: {count}
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="access" className="space-y-2">
        <h2 id="access" className="text-xl font-semibold">
          Accessibility needs
        </h2>
        {summary.accessibility.length === 0 ? (
          <p>None given.</p>
        ) : (
          <ul className="list-disc pl-6">
            {summary.accessibility.map((need, i) => (
              <li key={i}>{need}</li>
            ))}
          </ul>
        )}
      </section>
      <p>{summary.afternoons} would like to join afternoon activities.</p>
    </div>
  );
}
