import "server-only";
// The room-shares feature's reads for pages (server components and route handlers only).
export { reportedRelayMessages, roomShareBoard, roomShareCounts } from "./reads/room-shares";
