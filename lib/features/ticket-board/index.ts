// The ticket board's entry: its use cases, schemas and wording, for routes, components, other
// features and the composition (lib/server), which the worker and instrumentation import: nothing
// here may reach a "server-only" module (the import rules check it).
export { addPastedTickets } from "./add-tickets";
export { claimTicket } from "./claim-ticket";
export { importTracQuery } from "./import-trac-query";
export { labelTicket } from "./label-ticket";
export { moveClaim, releaseClaimAsOrganizer } from "./move-claim";
export { refreshBoard, refreshDueBoardTickets } from "./refresh-board";
export { releaseClaim } from "./release-claim";
export { removeTicket } from "./remove-ticket";
export {
  ClaimSchema,
  ImportQuerySchema,
  LabelSchema,
  labelOf,
  MoveClaimSchema,
  PasteTicketsSchema,
  RemoveTicketSchema,
} from "./schemas";
export {
  BOARD_PROBLEMS,
  CLAIMING_IN_TRAC,
  FIXED_LABELS,
  MAX_BOARD_TICKETS,
  pastedLineProblems,
  QUERY_URL_PROBLEMS,
  stateText,
  TICKET_STATES,
  tracFailed,
} from "./wording";
