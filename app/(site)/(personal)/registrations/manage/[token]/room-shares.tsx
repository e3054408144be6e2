import { ActionButton } from "@/components/ui/action-button";
import { RoomShareForm, WriteForm } from "@/components/sprint/room-share-forms";
import { roomShareBoard } from "@/lib/features/room-shares/reads";
import { describeNights, editionNights } from "@/lib/features/room-shares";
import { joinRoomSharesAction, leaveRoomSharesAction, writeToRoomShareAction } from "./room-share-actions";

type Props = { token: string; registrationId: string; edition: { id: string; startsOn: Date; endsOn: Date } };

const THEIR = { offering: "has a room to share", looking: "is looking for a room" } as const;
const YOUR = { offering: "you have a room to share", looking: "you are looking for a room" } as const;

/** "Sharing a room": join the board, see the others on it, write to one of them, or leave. */
export async function RoomShares({ token, registrationId, edition }: Props) {
  const nights = editionNights(edition.startsOn, edition.endsOn);
  const { mine, others, removed } = await roomShareBoard(edition.id, registrationId);
  return (
    <section
      aria-labelledby="room-shares"
      className="space-y-4 rounded-xl border border-sand-200 p-5 dark:border-sea-800"
    >
      <h2 id="room-shares" className="text-xl font-semibold">
        Sharing a room
      </h2>
      {removed ? (
        <p>
          An organizer removed you from the room-share board of this edition: you cannot see it, join it again or write
          to people on it. Your place at the sprint is unchanged.
        </p>
      ) : !mine ? (
        <>
          <p>
            Off-season rooms are cheaper shared. Join the board to see who else is looking or has a room to share, and
            to write to them; only attendees on the board see it, by first name, and nobody&apos;s address is shown.
          </p>
          <RoomShareForm
            action={joinRoomSharesAction.bind(null, token)}
            nights={nights}
            initial={{ nights: [], kind: "", note: "" }}
            submitLabel="Join the room-share board"
          />
        </>
      ) : (
        <>
          <p>
            You are on the board: {YOUR[mine.kind]}, for {describeNights(nights, mine.nights)}
            {mine.note ? ` (“${mine.note}”)` : ""}.
          </p>
          <ActionButton
            action={leaveRoomSharesAction.bind(null, token)}
            label="Leave the room-share board"
            pendingLabel="Leaving…"
          />
          <details>
            <summary className="cursor-pointer underline">Change your entry</summary>
            <div className="mt-3">
              <RoomShareForm
                action={joinRoomSharesAction.bind(null, token)}
                nights={nights}
                initial={{ nights: mine.nights, kind: mine.kind, note: mine.note ?? "" }}
                submitLabel="Save your entry"
              />
            </div>
          </details>
          <h3 className="text-lg font-semibold">On the board</h3>
          {others.length === 0 ? (
            <p>Nobody else yet. You will see others here as they join.</p>
          ) : (
            <ul className="space-y-4">
              {others.map((entry) => (
                <li key={entry.registrationId} className="space-y-2 border-t border-sand-200 pt-3 dark:border-sea-800">
                  <p>
                    <span className="font-semibold">{entry.firstName}</span>: {THEIR[entry.kind]}, for{" "}
                    {describeNights(nights, entry.nights)}.
                  </p>
                  {entry.note && <p className="whitespace-pre-line">“{entry.note}”</p>}
                  <details>
                    <summary className="cursor-pointer underline">Write to {entry.firstName}</summary>
                    <div className="mt-3">
                      <WriteForm
                        action={writeToRoomShareAction.bind(null, token, entry.registrationId)}
                        id={`write-${entry.registrationId}`}
                        firstName={entry.firstName}
                      />
                    </div>
                  </details>
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </section>
  );
}
