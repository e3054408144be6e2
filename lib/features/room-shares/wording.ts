export type RoomShareProblem =
  | "link-dead"
  | "not-confirmed"
  | "not-on-board"
  | "recipient-gone"
  | "not-a-night"
  | "daily-limit"
  | "recipient-busy"
  | "removed";

/** What attendees read when a room-share change or message cannot go through. */
export const ROOM_SHARE_PROBLEMS: Record<RoomShareProblem, string> = {
  "link-dead": "This link no longer works: use the newest email we sent you.",
  "not-confirmed": "The room-share board is for attendees with a confirmed place.",
  "not-on-board": "Join the room-share board first: only people on it can write to each other.",
  "recipient-gone": "That person is no longer on the board.",
  "not-a-night": "Choose nights of this edition.",
  "daily-limit": "You have written 5 messages today, the most for one day. Try again tomorrow.",
  "recipient-busy": "This person has had messages from 3 people today, the most for one day. Try again tomorrow.",
  removed: "An organizer removed you from the room-share board, so you cannot join it again for this edition.",
};

export type RoomShareRemovalProblem = "not-found" | "already-removed";

/** What organizers read when removing someone from the board cannot be done. */
export const ROOM_SHARE_REMOVAL_PROBLEMS: Record<RoomShareRemovalProblem, string> = {
  "not-found": "That person is not registered for this edition any more: reload the page.",
  "already-removed": "That person was already removed from the board.",
};
