// The room-shares feature's entry: what routes, components and other features may use.
export { joinRoomShares } from "./join-room-shares";
export { leaveRoomShares } from "./leave-room-shares";
export { roomShareMessage, roomShareRemoved } from "./mail-templates";
export { describeNights, editionNights } from "./nights";
export { reportedRelayMessages, roomShareBoard, roomShareCounts } from "./reads/room-shares";
export { removeFromRoomShares } from "./remove-from-room-shares";
export { blockRelaySender, relayMessageToReport, reportRelayMessage } from "./report-relay-message";
export { roomShareHousekeeping } from "./room-share-housekeeping";
export { RoomShareMessageSchema, RoomShareSchema } from "./schemas";
export { writeToRoomShare } from "./write-to-room-share";
export {
  ROOM_SHARE_PROBLEMS,
  ROOM_SHARE_REMOVAL_PROBLEMS,
  type RoomShareProblem,
  type RoomShareRemovalProblem,
} from "./wording";
