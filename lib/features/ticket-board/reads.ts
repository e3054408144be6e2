import "server-only";
// The ticket board's reads for pages (server components and route handlers only).
export {
  adminBoard,
  attendeeBoard,
  morningByTable,
  type AdminBoardTicket,
  type AttendeeBoardTicket,
} from "./reads/board";
