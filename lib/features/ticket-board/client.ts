// The ticket board's client-safe entry: what client components may import (no database, no secrets).
export {
  ClaimSchema,
  ImportQuerySchema,
  LabelSchema,
  MoveClaimSchema,
  PasteTicketsSchema,
  RemoveTicketSchema,
} from "./schemas";
export { FIXED_LABELS } from "./wording";
