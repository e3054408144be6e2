import { ActionButton } from "@/components/ui/action-button";
import { relayMessageToReport } from "@/lib/features/room-shares";
import { blockRelaySenderAction, reportRelayMessageAction } from "./actions";
import { PageHeading } from "@/components/ui/page-heading";

export const metadata = { title: "Report a message", robots: { index: false } };

type Props = { params: Promise<{ token: string }> };

const sentOn = new Intl.DateTimeFormat("en-GB", { dateStyle: "long", timeZone: "UTC" });

/** Behind the link in a room-share message: opening it changes nothing; the buttons report or block. */
export default async function ReportMessagePage({ params }: Props) {
  const { token } = await params;
  const message = await relayMessageToReport(token);
  if (!message)
    return (
      <div className="mx-auto max-w-2xl space-y-4">
        <PageHeading>This link does not work</PageHeading>
        <p>It may have been copied incompletely, or it is older than 30 days. You can still write to the organizers.</p>
      </div>
    );
  return (
    <div className="mx-auto max-w-2xl space-y-4">
      <PageHeading>Report a message</PageHeading>
      <p>
        {message.fromName} wrote to you through the room-share board on {sentOn.format(message.createdAt)}. If the
        message was unwelcome, report it: the organizers see it, with who sent it, and act on it.
      </p>
      {message.reportedAt ? (
        <p role="status" className="font-medium">
          This message has been reported.
        </p>
      ) : (
        <ActionButton
          action={reportRelayMessageAction.bind(null, token)}
          label="Report this message to the organizers"
          pendingLabel="Reporting…"
        />
      )}
      <h2 className="text-xl font-semibold">Stop {message.fromName} writing to you</h2>
      <p>
        {message.fromName} will no longer be able to write to you through the board, and will not see your entry on it.
        They are not told: to them, it looks as if you had left the board.
      </p>
      {message.blocked ? (
        <p role="status" className="font-medium">
          {message.fromName} can no longer write to you through the board.
        </p>
      ) : (
        <ActionButton
          action={blockRelaySenderAction.bind(null, token)}
          label={`Stop ${message.fromName} writing to me`}
          pendingLabel="Saving…"
        />
      )}
    </div>
  );
}
