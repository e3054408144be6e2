import { checkInList } from "@/lib/features/registration/reads";
import { checkInAction } from "../registrations/actions";
import { CheckInButton } from "./check-in-button";
import { PageHeading } from "@/components/ui/page-heading";
import { BackLink } from "@/components/ui/back-link";
import { editionDays, organizerEdition } from "../organizer-edition";

export const metadata = { title: "Check-in" };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ day?: string; q?: string }> };

/** Made for a phone at the door: big targets, one column, search by name. */
export default async function CheckInPage({ params, searchParams }: Props) {
  const { id, edition } = await organizerEdition(params);
  const query = await searchParams;
  const { days, day } = editionDays(edition, query.day);
  const search = query.q?.trim().slice(0, 100) || undefined;
  const people = await checkInList(id, day, search);
  const arrived = people.filter((p) => p.checkIns.length > 0).length;
  return (
    <div className="mx-auto max-w-md space-y-5">
      <BackLink href={`/admin/editions/${id}/registrations`}>Registrations</BackLink>
      <PageHeading size="compact">Check-in: {edition.city}</PageHeading>
      <form className="space-y-3" role="search">
        <div>
          <label htmlFor="day" className="block font-medium">
            Day
          </label>
          <select
            id="day"
            name="day"
            defaultValue={day}
            className="w-full rounded-md border border-sea-700 bg-white px-3 py-3 text-sea-950"
          >
            {Object.entries(days).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="q" className="block font-medium">
            Name
          </label>
          <input
            id="q"
            name="q"
            defaultValue={search}
            autoComplete="off"
            className="w-full rounded-md border border-sea-700 bg-white px-3 py-3 text-sea-950"
          />
        </div>
        <button type="submit" className="w-full rounded-lg bg-sea-700 px-4 py-3 font-semibold text-sand-50">
          Show
        </button>
      </form>
      <p aria-live="polite">
        {arrived} of {people.length} shown have arrived.
      </p>
      <ul className="divide-y divide-sand-200">
        {people.map((person) => (
          <li key={person.id} className="flex items-center justify-between gap-3 py-3">
            <span>
              <span className="block font-semibold">{person.name}</span>
              <span className="text-sm">
                {person.city}
                {person.days.includes(day) ? "" : " · not expected today"}
              </span>
            </span>
            <CheckInButton
              name={person.name}
              checkedIn={person.checkIns.length > 0}
              checkIn={checkInAction.bind(null, person.id, day, true)}
              undo={checkInAction.bind(null, person.id, day, false)}
            />
          </li>
        ))}
      </ul>
    </div>
  );
}
