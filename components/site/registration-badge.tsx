import { type EditionCard } from "@/lib/features/editions/reads";
import { editionPhase, registrationWindow } from "@/lib/features/registration";
import { formatDayMonth } from "@/lib/platform/calendar/calendar";

/** One line on where an edition stands, in words (never colour alone). */
export function RegistrationBadge({ edition, now }: { edition: EditionCard; now: Date }) {
  const phase = editionPhase(edition, now);
  const window = registrationWindow(edition, now);
  const label =
    phase === "past"
      ? "Past edition"
      : phase === "ongoing"
        ? "Happening now"
        : window === "open"
          ? "Registration open"
          : window === "not-open-yet" && edition.registrationOpensAt
            ? `Registration opens ${formatDayMonth(edition.registrationOpensAt)}`
            : "Registration closed";
  const tone =
    window === "open" && phase === "upcoming"
      ? "bg-sun-300 text-sea-950"
      : "bg-sand-200 text-sea-900 dark:bg-sea-800 dark:text-sand-100";
  return <span className={`inline-block rounded-full px-3 py-1 text-sm font-medium ${tone}`}>{label}</span>;
}
