// The room-shares feature's entry: its use cases, schemas and wording, for routes, components, other
// features and the composition (lib/server), which the worker and instrumentation import: nothing
// here may reach a "server-only" module (the import rules check it).
export { joinRoomShares } from "./join-room-shares";
export { leaveRoomShares } from "./leave-room-shares";
export { roomShareMessage, roomShareRemoved } from "./mail-templates";
export { describeNights, editionNights } from "./nights";
export { removeFromRoomShares } from "./remove-from-room-shares";
export { blockRelaySender, relayMessageToReport, reportRelayMessage } from "./report-relay-message";
export { roomShareHousekeeping } from "./room-share-housekeeping";
export { RoomShareMessageSchema, RoomShareSchema } from "./schemas";
export {
  ROOM_SHARE_PROBLEMS,
  ROOM_SHARE_REMOVAL_PROBLEMS,
  type RoomShareProblem,
  type RoomShareRemovalProblem,
} from "./wording";
export { writeToRoomShare } from "./write-to-room-share";
