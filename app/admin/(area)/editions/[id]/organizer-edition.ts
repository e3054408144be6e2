import { notFound } from "next/navigation";
import { getEditionForAdmin } from "@/lib/features/editions/reads";
import { requireOrganizer } from "@/lib/platform/auth/require-organizer";
import { chosenDay, editionDayOptions, todayIn } from "@/lib/platform/calendar/calendar";
import { clock } from "@/lib/platform/clock";

/** How every page of one edition's admin starts: the organizer is checked, then the edition is found or it is a 404. */
export async function organizerEdition(params: Promise<{ id: string }>) {
  const organizer = await requireOrganizer();
  const { id } = await params;
  const edition = await getEditionForAdmin(id);
  if (!edition) notFound();
  return { id, edition, organizer };
}

/** The edition's days, and the one a page about one day shows: the one asked for, else today at the venue. */
export function editionDays(edition: { startsOn: Date; endsOn: Date; timeZone: string }, asked?: string) {
  const days = editionDayOptions(edition.startsOn, edition.endsOn);
  return { days, day: chosenDay(days, asked, todayIn(edition.timeZone, clock().now())) };
}
