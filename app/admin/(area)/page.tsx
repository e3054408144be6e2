import Link from "next/link";
import { requireOrganizer } from "@/lib/auth/require-organizer";
import { editionsWithCounts, subscriberCounts } from "@/lib/data/admin-dashboard";
import { formatDateRange } from "@/lib/editions/calendar";

export const metadata = { title: "Dashboard" };

export default async function AdminDashboard() {
  const organizer = await requireOrganizer();
  const [editions, subscribers] = await Promise.all([editionsWithCounts(), subscriberCounts()]);
  return (
    <div className="space-y-8">
      <h1 className="text-3xl font-bold">Hello{organizer.name ? `, ${organizer.name}` : ""}</h1>
      <section aria-labelledby="editions" className="space-y-3">
        <h2 id="editions" className="text-xl font-semibold">Editions</h2>
        <div className="overflow-x-auto">
          <table className="w-full min-w-[40rem] text-left text-sm">
            <thead>
              <tr className="border-b border-sea-700">
                <th scope="col" className="py-2 pr-4">Edition</th>
                <th scope="col" className="py-2 pr-4">Dates</th>
                <th scope="col" className="py-2 pr-4">Confirmed</th>
                <th scope="col" className="py-2 pr-4">Waiting</th>
                <th scope="col" className="py-2 pr-4">Pending</th>
                <th scope="col" className="py-2 pr-4">Seats left</th>
              </tr>
            </thead>
            <tbody>
              {editions.map((edition) => (
                <tr key={edition.id} className="border-b border-sand-200">
                  <th scope="row" className="py-2 pr-4 font-medium">
                    <Link className="underline" href={`/admin/editions/${edition.id}`}>{edition.name}</Link>
                    {!edition.published && <span className="ml-2 rounded bg-sand-200 px-1.5 text-xs text-sea-950">draft</span>}
                  </th>
                  <td className="py-2 pr-4">{formatDateRange(edition.startsOn, edition.endsOn)}</td>
                  <td className="py-2 pr-4">{edition.confirmed}</td>
                  <td className="py-2 pr-4">{edition.waiting}</td>
                  <td className="py-2 pr-4">{edition.pending}</td>
                  <td className="py-2 pr-4">{Math.max(0, edition.capacity - edition.confirmed - edition.offered)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
      <section aria-labelledby="newsletter" className="space-y-2">
        <h2 id="newsletter" className="text-xl font-semibold">Newsletter</h2>
        <p>
          {subscribers.confirmed} subscribed · {subscribers.pending} waiting to confirm · {subscribers.unsubscribed} unsubscribed.{" "}
          <Link className="underline" href="/admin/announcements/new">Write an announcement</Link>
        </p>
      </section>
    </div>
  );
}
