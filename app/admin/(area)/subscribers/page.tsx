import { ListFilter, filterQuery } from "@/components/admin/list-filter";
import { Pager } from "@/components/admin/pager";
import { requireOrganizer } from "@/lib/platform/auth/require-organizer";
import { subscriberCounts } from "@/lib/features/editions/reads";
import { parseSubscriberQuery, subscriberPage } from "@/lib/features/newsletter/reads";
import { DataTable } from "@/components/ui/data-table";
import { PageHeading } from "@/components/ui/page-heading";

const SUBSCRIBER_STATUSES = [
  { value: "confirmed", label: "Subscribed" },
  { value: "pending", label: "Waiting to confirm" },
  { value: "unsubscribed", label: "Unsubscribed" },
] as const;

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
  return (
    <div className="space-y-6">
      <PageHeading>Subscribers</PageHeading>
      <p>
        {counts.confirmed} subscribed · {counts.pending} waiting to confirm · {counts.unsubscribed} unsubscribed
      </p>
      <ListFilter search={query.search} status={query.status} statuses={SUBSCRIBER_STATUSES}>
        <a className="underline" href={`/admin/subscribers/export.csv?${filterQuery(query)}`}>
          Download CSV
        </a>
      </ListFilter>
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
