import type { RoomComposition } from "@/lib/features/applications";

type Props = { room: RoomComposition; capacity: number; taken: number; waiting: number; marked: number };

const list = (items: { label: string; count: number }[]) =>
  items.length ? items.map((item) => `${item.label} ${item.count}`).join(", ") : "—";

/** The room as it would be if the marked people were accepted, beside the capacity and the free places (an admin page, rendered per request). */
export function RoomCompositionView({ room, capacity, taken, waiting, marked }: Props) {
  const left = Math.max(capacity - taken, 0);
  return (
    <section aria-labelledby="room" className="space-y-3 rounded-xl border-2 border-sea-700 p-4">
      <h2 id="room" className="text-xl font-semibold">
        The room with the {marked} marked {marked === 1 ? "person" : "people"} accepted
      </h2>
      <p role="status" aria-live="polite">
        {capacity} places: {taken} held now, {left} left, {waiting} waiting.
        {room.people > capacity && ` Accepting all the marked would need ${room.people - capacity} more places.`}
      </p>
      <dl className="grid gap-2 sm:grid-cols-[max-content_1fr] sm:gap-x-4">
        <dt className="font-medium">People</dt>
        <dd>{room.people}</dd>
        <dt className="font-medium">First-timers / experienced</dt>
        <dd>
          {room.firstTimers} / {room.experienced}
        </dd>
        <dt className="font-medium">Areas of interest</dt>
        <dd>{list(room.interests)}</dd>
        <dt className="font-medium">Countries</dt>
        <dd>{list(room.countries)}</dd>
        <dt className="font-medium">Asked for a visa letter</dt>
        <dd>{room.visaLetters}</dd>
        {room.grantRequests !== null && (
          <>
            <dt className="font-medium">Asked for a travel grant</dt>
            <dd>{room.grantRequests}</dd>
          </>
        )}
      </dl>
    </section>
  );
}
