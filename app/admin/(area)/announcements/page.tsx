import Link from "next/link";
import { requireOrganizer } from "@/lib/platform/auth/require-organizer";
import { listAnnouncements } from "@/lib/features/newsletter/reads";
import { DataTable } from "@/components/ui/data-table";
import { PageHeading } from "@/components/ui/page-heading";

export const metadata = { title: "Announcements" };

const when = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });

export default async function AnnouncementsPage() {
  await requireOrganizer();
  const announcements = await listAnnouncements();
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <PageHeading>Announcements</PageHeading>
        <Link
          href="/admin/announcements/new"
          className="rounded-lg bg-sea-700 px-4 py-2 font-semibold text-sand-50 hover:bg-sea-800"
        >
          New announcement
        </Link>
      </div>
      {announcements.length === 0 ? (
        <p>None yet.</p>
      ) : (
        <DataTable
          label="Announcements"
          className="w-full text-left text-sm"
          head="list"
          columns={["Subject", "Status", "Sent (UTC)", "Recipients"]}
        >
          <tbody>
            {announcements.map((a) => (
              <tr key={a.id} className="border-b border-sand-200">
                <th scope="row" className="py-2 pr-4 font-medium">
                  <Link className="underline" href={`/admin/announcements/${a.id}`}>
                    {a.subject}
                  </Link>
                </th>
                <td className="py-2 pr-4">{a.status}</td>
                <td className="py-2 pr-4">{a.sentAt ? when.format(a.sentAt) : "–"}</td>
                <td className="py-2 pr-4">{a.status === "draft" ? "–" : a.recipientCount}</td>
              </tr>
            ))}
          </tbody>
        </DataTable>
      )}
    </div>
  );
}
