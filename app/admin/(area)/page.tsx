import Link from "next/link";
import { requireOrganizer } from "@/lib/platform/auth/require-organizer";
import { editionsWithCounts, subscriberCounts, waitingForOrganizers } from "@/lib/features/editions/reads";
import { formatDateRange } from "@/lib/platform/calendar/calendar";
import { mailHealth } from "@/lib/features/site/reads";
import { RelayFaultNotice } from "@/components/admin/relay-fault-notice";
import { DataTable } from "@/components/ui/data-table";
import { PageHeading } from "@/components/ui/page-heading";

export const metadata = { title: "Dashboard" };

export default async function AdminDashboard() {
  const organizer = await requireOrganizer();
  const [editions, subscribers, waiting, mail] = await Promise.all([
    editionsWithCounts(),
    subscriberCounts(),
    waitingForOrganizers(),
    mailHealth(),
  ]);
  return (
    <div className="space-y-8">
      <PageHeading>Hello{organizer.name ? `, ${organizer.name}` : ""}</PageHeading>
      {mail.fault && <RelayFaultNotice fault={mail.fault} waiting={mail.counts.queued + mail.counts.sending} link />}
      {(waiting.proposals > 0 || waiting.removals.length > 0 || waiting.hiddenSample || waiting.oldPescara) && (
        <section aria-labelledby="waiting" className="space-y-2 rounded-xl border-2 border-terracotta-600 p-4">
          <h2 id="waiting" className="text-xl font-semibold">
            Waiting for you
          </h2>
          <ul className="list-disc pl-6">
            {waiting.proposals > 0 && (
              <li>
                <Link className="underline" href="/admin/proposals?status=new">
                  {waiting.proposals === 1 ? "1 new proposal to host" : `${waiting.proposals} new proposals to host`}
                </Link>
              </li>
            )}
            {waiting.hiddenSample && (
              <li>
                This site is public, so the sample edition from when it ran locally is unpublished and never shown.{" "}
                <Link className="underline" href={`/admin/editions/${waiting.hiddenSample.id}`}>
                  Delete {waiting.hiddenSample.name}
                </Link>
              </li>
            )}
            {waiting.oldPescara && (
              <li>
                {waiting.oldPescara.name} still has the made-up dates of an old demo seed (early May), but people have
                registered for it, so it was not corrected automatically. Pescara took place on 23–25 September 2026:{" "}
                <Link className="underline" href={`/admin/editions/${waiting.oldPescara.id}/registrations`}>
                  contact its registrations
                </Link>{" "}
                and{" "}
                <Link className="underline" href={`/admin/editions/${waiting.oldPescara.id}`}>
                  correct its dates
                </Link>
                .
              </li>
            )}
            {waiting.removals.map((removal) => (
              <li key={removal.editionId}>
                <Link className="underline" href={`/admin/editions/${removal.editionId}/journal`}>
                  Journal posts someone asked to remove: {removal.edition.name}
                </Link>
              </li>
            ))}
          </ul>
        </section>
      )}
      <section aria-labelledby="editions" className="space-y-3">
        <h2 id="editions" className="text-xl font-semibold">
          Editions
        </h2>
        <DataTable
          label="Editions"
          className="w-full min-w-[40rem] text-left text-sm"
          head="list"
          columns={["Edition", "Dates", "Confirmed", "Waiting", "Pending", "Seats left"]}
        >
          <tbody>
            {editions.map((edition) => (
              <tr key={edition.id} className="border-b border-sand-200">
                <th scope="row" className="py-2 pr-4 font-medium">
                  <Link className="underline" href={`/admin/editions/${edition.id}`}>
                    {edition.name}
                  </Link>
                  {!edition.published && (
                    <span className="ml-2 rounded bg-sand-200 px-1.5 text-xs text-sea-950">draft</span>
                  )}
                </th>
                <td className="py-2 pr-4">{formatDateRange(edition.startsOn, edition.endsOn)}</td>
                <td className="py-2 pr-4">{edition.confirmed}</td>
                <td className="py-2 pr-4">{edition.waiting}</td>
                <td className="py-2 pr-4">{edition.pending}</td>
                <td className="py-2 pr-4">{Math.max(0, edition.capacity - edition.confirmed - edition.offered)}</td>
              </tr>
            ))}
          </tbody>
        </DataTable>
      </section>
      <section aria-labelledby="newsletter" className="space-y-2">
        <h2 id="newsletter" className="text-xl font-semibold">
          Newsletter
        </h2>
        <p>
          {subscribers.confirmed} subscribed · {subscribers.pending} waiting to confirm · {subscribers.unsubscribed}{" "}
          unsubscribed.{" "}
          <Link className="underline" href="/admin/announcements/new">
            Write an announcement
          </Link>
        </p>
      </section>
      <section aria-labelledby="mail" className="space-y-2">
        <h2 id="mail" className="text-xl font-semibold">
          Mail
        </h2>
        <p>
          {mail.counts.queued + mail.counts.sending} waiting to go out · {mail.counts.failed} failed.{" "}
          <a className="underline" href="/admin/mail">
            Mail health
          </a>
        </p>
      </section>
    </div>
  );
}
