import Link from "next/link";
import { requireOrganizer } from "@/lib/platform/auth/require-organizer";
import { editionsWithCounts } from "@/lib/features/editions/reads";
import { formatDateRange } from "@/lib/platform/calendar/calendar";
import { PageHeading } from "@/components/ui/page-heading";

export const metadata = { title: "Editions" };

type Props = { searchParams: Promise<{ deleted?: string }> };

export default async function EditionsAdminPage({ searchParams }: Props) {
  await requireOrganizer();
  const editions = await editionsWithCounts();
  const deletedSample = (await searchParams).deleted === "sample";
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <PageHeading>Editions</PageHeading>
        <Link
          href="/admin/editions/new"
          className="rounded-lg bg-sea-700 px-4 py-2 font-semibold text-sand-50 hover:bg-sea-800"
        >
          New edition
        </Link>
      </div>
      {deletedSample && (
        <p role="status" className="font-medium">
          The sample edition was deleted, with everything tried on it.
        </p>
      )}
      <ul className="space-y-3">
        {editions.map((edition) => (
          <li key={edition.id} className="rounded-xl border border-sand-200 p-4">
            <p className="text-lg font-semibold">
              <Link className="underline" href={`/admin/editions/${edition.id}`}>
                {edition.name}
              </Link>
              {!edition.published && (
                <span className="ml-2 rounded bg-sand-200 px-1.5 text-xs text-sea-950">not published</span>
              )}
            </p>
            <p className="text-sm">
              {formatDateRange(edition.startsOn, edition.endsOn)} · {edition.confirmed} of {edition.capacity} places
              taken · {edition.waiting} waiting
            </p>
            <p className="mt-1 flex flex-wrap gap-4 text-sm">
              <Link className="underline" href={`/admin/editions/${edition.id}/registrations`}>
                Registrations
              </Link>
              <Link className="underline" href={`/admin/editions/${edition.id}/check-in`}>
                Check-in
              </Link>
              <Link className="underline" href={`/admin/editions/${edition.id}/catering`}>
                Dietary and access
              </Link>
              <Link className="underline" href={`/admin/editions/${edition.id}/tables`}>
                Tables
              </Link>
              <Link className="underline" href={`/admin/editions/${edition.id}/board`}>
                Ticket board
              </Link>
              <Link className="underline" href={`/admin/editions/${edition.id}/room-shares`}>
                Room shares
              </Link>
              <Link className="underline" href={`/admin/editions/${edition.id}/outcomes`}>
                Outcomes
              </Link>
              <Link className="underline" href={`/admin/editions/${edition.id}/journal`}>
                Journal
              </Link>
            </p>
          </li>
        ))}
      </ul>
    </div>
  );
}
