import { ActionButton } from "@/components/ui/action-button";
import { DataTable } from "@/components/ui/data-table";
import { reportedRelayMessages, roomShareCounts } from "@/lib/features/room-shares/reads";
import { editionNights } from "@/lib/features/room-shares";
import { removeFromRoomSharesAction } from "./actions";
import { PageHeading } from "@/components/ui/page-heading";
import { BackLink } from "@/components/ui/back-link";
import { organizerEdition } from "../organizer-edition";

export const metadata = { title: "Room shares" };

type Props = { params: Promise<{ id: string }> };

const at = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });

/**
 * How many look for and offer a room per night (not who), and the messages recipients reported,
 * whose senders an organizer can remove from the board.
 */
export default async function RoomSharesAdminPage({ params }: Props) {
  const { id, edition } = await organizerEdition(params);
  const nights = editionNights(edition.startsOn, edition.endsOn);
  const [counts, reported] = await Promise.all([roomShareCounts(id), reportedRelayMessages(id)]);
  return (
    <div className="space-y-6">
      <BackLink href={`/admin/editions/${id}`}>{edition.name}</BackLink>
      <PageHeading>Room shares: {edition.city}</PageHeading>
      <p>
        Confirmed attendees can join the room-share board from their registration&apos;s page and write to each other
        through the site; replies go directly between them. Here: how many, per night, not who.
      </p>
      <DataTable
        label="Room shares per night"
        className="w-full max-w-2xl text-left"
        caption="People on the board per night"
        columns={["Night", { label: "Looking for a room", align: "right" }, { label: "Offering one", align: "right" }]}
      >
        <tbody>
          {Object.entries(nights).map(([night, label]) => (
            <tr key={night} className="border-t border-sand-200">
              <th scope="row" className="py-1 font-medium">
                {label}
              </th>
              <td className="text-right">{counts.get(night)?.looking ?? 0}</td>
              <td className="text-right">{counts.get(night)?.offering ?? 0}</td>
            </tr>
          ))}
        </tbody>
      </DataTable>
      <section aria-labelledby="reported" className="space-y-3">
        <h2 id="reported" className="text-2xl font-semibold">
          Reported messages
        </h2>
        <p>
          A report keeps its own copy of the message (its text and the sender&apos;s first name) for 90 days after the
          report, even if either person is erased. Who wrote it, and the button to remove them from the board, show
          while the message itself is kept: 30 days after it was sent.
        </p>
        {reported.length === 0 ? (
          <p>None.</p>
        ) : (
          <ul className="space-y-4">
            {reported.map((report) => {
              const sender = report.message?.from;
              return (
                <li key={report.id} className="space-y-2 rounded-xl border border-terracotta-700 p-4">
                  <p className="text-sm">
                    {sender && report.message
                      ? `From ${sender.name} (${sender.email}) to ${report.message.to.name}`
                      : `From ${report.fromFirstName} (the message itself is no longer kept: only this copy)`}
                    , sent {at.format(report.sentAt)} UTC, reported {at.format(report.reportedAt)} UTC
                  </p>
                  <p className="whitespace-pre-line">{report.body}</p>
                  {sender && (
                    // The page re-renders once the action is done: this region announces the change.
                    <div aria-live="polite">
                      {sender.roomShareRemovedAt ? (
                        <p className="text-sm">{sender.name} was removed from the board and told by email.</p>
                      ) : (
                        <ActionButton
                          action={removeFromRoomSharesAction.bind(null, id, sender.id)}
                          label={`Remove ${sender.name} from the board`}
                          pendingLabel="Removing…"
                        />
                      )}
                    </div>
                  )}
                </li>
              );
            })}
          </ul>
        )}
      </section>
    </div>
  );
}
