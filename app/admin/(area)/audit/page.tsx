import Link from "next/link";
import { requireOrganizer } from "@/lib/platform/auth/require-organizer";
import { auditPage, AUDIT_PER_PAGE as PER_PAGE } from "@/lib/features/organizers/reads";
import { DataTable } from "@/components/ui/data-table";
import { PageHeading } from "@/components/ui/page-heading";

export const metadata = { title: "Audit log" };

const when = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "medium", timeZone: "UTC" });

type Props = { searchParams: Promise<{ page?: string }> };

export default async function AuditPage({ searchParams }: Props) {
  await requireOrganizer();
  const page = Math.max(1, Math.min(10_000, Number.parseInt((await searchParams).page ?? "1", 10) || 1));
  const entries = await auditPage(page);
  return (
    <div className="space-y-6">
      <PageHeading>Audit log</PageHeading>
      <DataTable
        label="Audit log"
        className="w-full min-w-[40rem] text-left text-sm"
        head="list"
        columns={["When (UTC)", "Who", "What", "On", "Details"]}
      >
        <tbody>
          {entries.slice(0, PER_PAGE).map((e) => (
            <tr key={e.id} className="border-b border-sand-200 align-top">
              <td className="py-2 pr-4 whitespace-nowrap">{when.format(e.at)}</td>
              <td className="py-2 pr-4">{e.actor}</td>
              <td className="py-2 pr-4">{e.action}</td>
              <td className="py-2 pr-4">{e.subject ?? ""}</td>
              <td className="py-2 pr-4">
                <code>{JSON.stringify(e.details)}</code>
              </td>
            </tr>
          ))}
        </tbody>
      </DataTable>
      <nav aria-label="Pages" className="flex gap-4">
        {page > 1 && (
          <Link className="underline" href={`?page=${page - 1}`}>
            ← Newer
          </Link>
        )}
        {entries.length > PER_PAGE && (
          <Link className="underline" href={`?page=${page + 1}`}>
            Older →
          </Link>
        )}
      </nav>
    </div>
  );
}
