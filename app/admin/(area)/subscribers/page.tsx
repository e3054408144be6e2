import { Pager } from "@/components/admin/pager";
import { requireOrganizer } from "@/lib/platform/auth/require-organizer";
import { subscriberCounts } from "@/lib/features/editions/reads";
import { parseSubscriberQuery, subscriberPage } from "@/lib/features/newsletter/reads";
import { DataTable } from "@/components/ui/data-table";
import { PageHeading } from "@/components/ui/page-heading";

export const metadata = { title: "Subscribers" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const day = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeZone: "UTC" });

export default async function SubscribersPage({ searchParams }: Props) {
  await requireOrganizer();
  const query = parseSubscriberQuery(await searchParams);
  const [counts, page] = await Promise.all([subscriberCounts(), subscriberPage(query)]);
  const link = (changes: Record<string, string | number | undefined>) => {
    const params = new URLSearchParams();
    const merged = { status: query.status, q: query.search, page: query.page, ...changes };
    for (const [key, value] of Object.entries(merged))
      if (value !== undefined && value !== "" && !(key === "page" && value === 1)) params.set(key, String(value));
    return `?${params}`;
  };
  const exportQuery = new URLSearchParams(
    Object.entries({ status: query.status, q: query.search }).filter((e): e is [string, string] => Boolean(e[1])),
  );
  return (
    <div className="space-y-6">
      <PageHeading>Subscribers</PageHeading>
      <p>
        {counts.confirmed} subscribed · {counts.pending} waiting to confirm · {counts.unsubscribed} unsubscribed
      </p>
      <form className="flex flex-wrap items-end gap-3" role="search">
        <div>
          <label htmlFor="q" className="block font-medium">
            Search
          </label>
          <input
            id="q"
            name="q"
            defaultValue={query.search}
            className="rounded-md border border-sea-700 bg-white px-3 py-2 text-sea-950"
          />
        </div>
        <div>
          <label htmlFor="status" className="block font-medium">
            Status
          </label>
          <select
            id="status"
            name="status"
            defaultValue={query.status ?? ""}
            className="rounded-md border border-sea-700 bg-white px-3 py-2 text-sea-950"
          >
            <option value="">All</option>
            <option value="confirmed">Subscribed</option>
            <option value="pending">Waiting to confirm</option>
            <option value="unsubscribed">Unsubscribed</option>
          </select>
        </div>
        <button type="submit" className="rounded-lg bg-sea-700 px-4 py-2 font-semibold text-sand-50">
          Filter
        </button>
        <a className="underline" href={`/admin/subscribers/export.csv?${exportQuery}`}>
          Download CSV
        </a>
      </form>
      <p aria-live="polite">
        {page.total} matching · page {query.page} of {page.pages}
      </p>
      <DataTable
        label="Subscribers"
        className="w-full min-w-[36rem] text-left text-sm"
        head="list"
        columns={["Email", "Name", "Status", "Since"]}
      >
        <tbody>
          {page.rows.map((s) => (
            <tr key={s.id} className="border-b border-sand-200">
              <td className="py-2 pr-4">{s.email}</td>
              <td className="py-2 pr-4">{s.name ?? ""}</td>
              <td className="py-2 pr-4">{s.status}</td>
              <td className="py-2 pr-4">{day.format(s.confirmedAt ?? s.createdAt)}</td>
            </tr>
          ))}
        </tbody>
      </DataTable>
      <Pager page={query.page} pages={page.pages} href={(n) => link({ page: n })} />
    </div>
  );
}
