import { requireOrganizer } from "@/lib/platform/auth/require-organizer";
import { mailHealth, relayTime } from "@/lib/features/site/reads";
import { RelayFaultNotice } from "@/components/admin/relay-fault-notice";
import { SendAgainForm } from "@/components/admin/send-again-form";
import { DataTable } from "@/components/ui/data-table";
import { sendAgainAction } from "./actions";
import { PageHeading } from "@/components/ui/page-heading";

export const metadata = { title: "Mail health" };

const STATUSES = [
  ["queued", "Queued"],
  ["sending", "Sending"],
  ["sent", "Sent"],
  ["failed", "Failed"],
] as const;

export default async function MailHealthPage() {
  await requireOrganizer();
  const { counts, fault, failed } = await mailHealth();
  return (
    <div className="space-y-8">
      <PageHeading>Mail health</PageHeading>
      {fault ? (
        <RelayFaultNotice fault={fault} waiting={counts.queued + counts.sending} />
      ) : (
        <p>The mail relay works: the last try to send went through.</p>
      )}
      <section aria-labelledby="outbox" className="space-y-2">
        <h2 id="outbox" className="text-xl font-semibold">
          The outbox
        </h2>
        <dl className="grid max-w-md grid-cols-2 gap-x-6 gap-y-1">
          {STATUSES.map(([status, label]) => (
            <div key={status} className="contents">
              <dt className="font-medium">{label}</dt>
              <dd>{counts[status]}</dd>
            </div>
          ))}
        </dl>
        <p className="text-sm">Sent and failed messages are deleted after MAIL_RETENTION_DAYS.</p>
      </section>
      <section aria-labelledby="failed" className="space-y-3">
        <h2 id="failed" className="text-xl font-semibold">
          Failed messages
        </h2>
        <p>
          The receiving server refused these for good, or the site could not write them (a fault in a message&rsquo;s
          template: fix it, then send again). A failed message keeps what it is written from for 7 days and can be sent
          again meanwhile; it is written anew, with the site settings as they are then. A waiting-list offer whose email
          failed has already passed to the next person.
        </p>
        {failed.length === 0 ? (
          <p>None.</p>
        ) : (
          <DataTable
            label="Failed messages"
            className="w-full min-w-[44rem] text-left text-sm"
            head="list"
            columns={["To", "Subject", "Failed", "Reason", { label: <span className="sr-only">Action</span> }]}
          >
            <tbody>
              {failed.map((message) => (
                <tr key={message.id} className="border-b border-sand-200 align-top">
                  <th scope="row" className="py-2 pr-4 font-medium">
                    {message.toAddress}
                  </th>
                  <td className="py-2 pr-4">{message.subject ?? `(not written: ${message.template})`}</td>
                  <td className="py-2 pr-4">{message.failedAt ? relayTime(message.failedAt) : ""}</td>
                  <td className="py-2 pr-4 break-all">
                    <span className="font-medium">
                      {message.failure === "render" ? "Could not be written" : "Refused"}:
                    </span>{" "}
                    {message.lastError}
                  </td>
                  <td className="py-2 pr-4">
                    {message.canSendAgain ? (
                      <SendAgainForm action={sendAgainAction} id={message.id} to={message.toAddress} />
                    ) : (
                      "Text deleted"
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </DataTable>
        )}
      </section>
    </div>
  );
}
