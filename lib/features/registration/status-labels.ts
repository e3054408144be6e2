export type { RegistrationStatus } from "../../generated/prisma/enums";

/** How each status reads to organizers. */
export const STATUS_LABELS = {
  confirmed: "Confirmed",
  waitlisted: "Waiting list",
  offered: "Offered a place",
  pending: "Not yet confirmed by email",
  cancelled: "Cancelled",
  expired: "Lapsed",
  applied: "Applied (waiting for a decision)",
  declined: "Declined",
} as const;
