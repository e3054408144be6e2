import Link from "next/link";
import { type EditionCard } from "@/lib/features/editions/reads";
import { formatDayMonth } from "@/lib/platform/calendar/calendar";
import { deadlineText, editionPhase, registrationWindow, SEAT_COUNT_NOTE } from "@/lib/features/registration";

type Props = { edition: EditionCard; now: Date; seatsLeft: number; waiting: number };

/** The edition's call to action: register, join the waiting list, apply, or why none is possible. */
export function RegisterCall({ edition, now, seatsLeft, waiting }: Props) {
  const phase = editionPhase(edition, now);
  const window = registrationWindow(edition, now);
  if (phase === "past") return null;
  if (window !== "open") {
    const text =
      window === "not-open-yet" && edition.registrationOpensAt
        ? `Registration opens on ${formatDayMonth(edition.registrationOpensAt)}.`
        : "Registration is closed.";
    return <p className="rounded-xl bg-sand-100 p-5 font-medium dark:bg-sea-900">{text}</p>;
  }
  if (edition.selection === "by_application")
    return (
      <div className="flex flex-wrap items-center gap-4 rounded-xl bg-sea-700 p-5 text-sand-50">
        <div>
          <p className="text-lg font-semibold">Places are given by application: the organizers choose who comes</p>
          {edition.applicationDeadline && (
            <p className="text-sm">
              Applications close on {deadlineText(edition.applicationDeadline, edition.timeZone)}.
            </p>
          )}
        </div>
        <Link
          href={`/editions/${edition.slug}/register`}
          className="rounded-lg bg-sun-400 px-5 py-3 font-semibold text-sea-950 hover:bg-sun-300"
        >
          Apply
        </Link>
      </div>
    );
  const full = seatsLeft === 0;
  return (
    <div className="flex flex-wrap items-center gap-4 rounded-xl bg-sea-700 p-5 text-sand-50">
      <div>
        <p className="text-lg font-semibold">
          {full
            ? `Full: ${waiting} ${waiting === 1 ? "person" : "people"} on the waiting list`
            : `${seatsLeft} of ${edition.capacity} places left`}
        </p>
        <p className="text-sm">{SEAT_COUNT_NOTE}</p>
      </div>
      <Link
        href={`/editions/${edition.slug}/register`}
        className="rounded-lg bg-sun-400 px-5 py-3 font-semibold text-sea-950 hover:bg-sun-300"
      >
        {full ? "Join the waiting list" : "Register"}
      </Link>
    </div>
  );
}
