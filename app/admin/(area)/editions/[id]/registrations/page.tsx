import { ListFilter, filterQuery } from "@/components/admin/list-filter";
import { Pager } from "@/components/admin/pager";
import { RegistrationRows } from "@/components/admin/registration-rows";
import { notFound } from "next/navigation";
import { requireOrganizer } from "@/lib/platform/auth/require-organizer";
import {
  editionHeader,
  parseRegistrationQuery,
  registrationPage,
  statusCounts,
  STATUSES,
} from "@/lib/features/registration/reads";
import { STATUS_LABELS, type RegistrationStatus, overCapacityNote } from "@/lib/features/registration";
import { DataTable } from "@/components/ui/data-table";
import { PageHeading } from "@/components/ui/page-heading";

export const metadata = { title: "Registrations" };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

const day = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeZone: "UTC" });
const statusText = (r: { status: RegistrationStatus; waitlistNumber: number | null }) =>
  `${STATUS_LABELS[r.status]}${r.status === "waitlisted" && r.waitlistNumber ? ` (#${r.waitlistNumber})` : ""}`;
export default async function RegistrationsPage({ params, searchParams }: Props) {
  await requireOrganizer();
  const { id } = await params;
  const query = parseRegistrationQuery(await searchParams);
  // The rows are read alongside the counts their total comes from, not after them.
  const countsRead = statusCounts(id);
  const [edition, counts, page] = await Promise.all([
    editionHeader(id),
    countsRead,
    registrationPage(id, query, countsRead),
  ]);
  if (!edition) notFound();
  const link = (changes: Record<string, string | number | undefined>) => {
    const merged: Record<string, string | number | undefined> = {
      status: query.status,
      q: query.search,
      sort: query.sort,
      dir: query.direction,
      page: query.page,
      ...changes,
    };
    const search = new URLSearchParams();
    for (const [key, value] of Object.entries(merged))
      if (value !== undefined && value !== "") search.set(key, String(value));
    return `?${search}`;
  };
  const sortLink = (sort: string, label: string) => (
    <a
      className="underline"
      href={link({ sort, dir: query.sort === sort && query.direction === "asc" ? "desc" : "asc", page: 1 })}
      aria-label={`Sort by ${label}`}
    >
      {label}
      {query.sort === sort ? (query.direction === "asc" ? " ↑" : " ↓") : ""}
    </a>
  );
  const seatsLeft = Math.max(0, edition.capacity - counts.confirmed - counts.offered);
  const overCapacity = overCapacityNote(edition.capacity, counts);
  return (
    <div className="space-y-8">
      {/* Plain links throughout: client-side Links cost render time on every view of this, the
          organizers' busiest page, and prefetch its dynamic neighbours for nothing. */}
      <p>
        <a className="underline" href={`/admin/editions/${id}`}>
          ← {edition.name}
        </a>
      </p>
      <PageHeading>Registrations: {edition.city}</PageHeading>
      {overCapacity && (
        <p role="status" className="rounded-lg border-2 border-terracotta-600 bg-sand-100 p-3 font-medium text-sea-950">
          {overCapacity}
        </p>
      )}
      <dl className="grid grid-cols-2 gap-3 sm:grid-cols-5">
        {(
          [
            ["Confirmed", counts.confirmed],
            ["Waiting", counts.waitlisted + counts.offered],
            ["Pending", counts.pending],
            ["Cancelled", counts.cancelled],
            ["Places left", seatsLeft],
          ] as const
        ).map(([label, value]) => (
          <div key={label} className="rounded-xl bg-sand-100 p-3 text-sea-950">
            <dt className="text-sm">{label}</dt>
            <dd className="text-2xl font-bold">{value}</dd>
          </div>
        ))}
      </dl>
      <p className="flex flex-wrap gap-4">
        <a className="underline" href={`/admin/editions/${id}/check-in`}>
          Check-in at the door
        </a>
        <a className="underline" href={`/admin/editions/${id}/catering`}>
          Dietary and access summary
        </a>
        <a className="underline" href={`/admin/editions/${id}/registrations/export.csv?${filterQuery(query)}`}>
          Download CSV
        </a>
        <a className="underline" href={`/admin/editions/${id}/registrations/email`}>
          Email a group
        </a>
      </p>
      <ListFilter
        search={query.search}
        status={query.status}
        statuses={STATUSES.map((status) => ({ value: status, label: STATUS_LABELS[status] }))}
        keep={{ sort: query.sort, dir: query.direction }}
      />
      <p aria-live="polite">
        {page.total} matching · page {query.page} of {page.pages}
      </p>
      {/* The rows' styles are set once on the table: fifty rows of repeated classes were a
          measurable share of rendering the page. */}
      <DataTable
        label="Registrations"
        className="w-full min-w-[44rem] text-left text-sm [&_td]:py-2 [&_td]:pr-4 [&_th]:py-2 [&_th]:pr-4 [&_tbody_tr]:border-b [&_tbody_tr]:border-sand-200 [&_tbody_th]:font-medium [&_tbody_a]:underline"
        head="ruled"
        columns={[
          { label: sortLink("name", "Name") },
          "Email",
          "From",
          { label: sortLink("status", "Status") },
          { label: sortLink("created", "Registered") },
        ]}
      >
        <RegistrationRows
          rows={page.rows.map((r) => [
            r.id,
            r.name,
            r.email,
            `${r.city}, ${r.country}`,
            statusText(r),
            day.format(r.createdAt),
          ])}
        />
      </DataTable>
      <Pager page={query.page} pages={page.pages} href={(n) => link({ page: n })} />
    </div>
  );
}
