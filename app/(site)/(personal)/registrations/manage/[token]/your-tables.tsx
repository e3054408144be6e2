import { attendeeTables } from "@/lib/features/tables/reads";

type Props = { editionId: string; registrationId: string; days: Record<string, string> };

/** Once organizers lock a day's plan: the attendee's table, and who sits there (by first name, if listed). */
export async function YourTables({ editionId, registrationId, days }: Props) {
  const seats = await attendeeTables(editionId, registrationId);
  if (seats.length === 0) return null;
  return (
    <section
      aria-labelledby="your-tables"
      className="space-y-2 rounded-xl border border-sand-200 p-5 dark:border-sea-800"
    >
      <h2 id="your-tables" className="text-xl font-semibold">
        Your table
      </h2>
      <ul className="space-y-1">
        {seats.map((seat) => (
          <li key={seat.day}>
            <span className="font-medium">
              {days[seat.day] ?? seat.day}: {seat.table}
            </span>
            {seat.mates.length > 0 && <span>, with {seat.mates.join(", ")}</span>}
          </li>
        ))}
      </ul>
      <p className="text-sm">Only people on the public attendee list are named.</p>
    </section>
  );
}
