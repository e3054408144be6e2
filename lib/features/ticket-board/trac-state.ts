import type { TicketState } from "../../generated/prisma/enums";

/** The Trac fields a ticket's place on the board comes from, as Trac's CSV gives them. */
export type TracFields = {
  status: string;
  resolution?: string;
  /** "0" or "1". */
  has_patch?: string;
  /** "0" or "1". */
  needs_better_patch?: string;
  /** "Unreviewed", "Accepted", "Ready for checkin" or "Someday/Maybe". */
  stage?: string;
};

/**
 * Where a Trac ticket stands. Trac's status is only new, assigned or closed; the rest is in
 * Django's triage fields. Precedence, first that holds: closed (with its resolution), then the
 * stage "Ready for checkin", then a patch that needs improvement (has_patch and
 * needs_better_patch both set: a flag without a patch is stale), then a patch, else open.
 */
export function tracState(fields: TracFields): { state: TicketState; resolution: string | null } {
  const flag = (value: string | undefined) => value?.trim() === "1";
  if (fields.status.trim().toLowerCase() === "closed")
    return { state: "closed", resolution: fields.resolution?.trim() || null };
  if (fields.stage?.trim().toLowerCase() === "ready for checkin")
    return { state: "ready_for_checkin", resolution: null };
  if (flag(fields.has_patch) && flag(fields.needs_better_patch))
    return { state: "needs_improvement", resolution: null };
  if (flag(fields.has_patch)) return { state: "has_patch", resolution: null };
  return { state: "open", resolution: null };
}
