import { z } from "zod";
import { ROW_ID } from "../../platform/validation/fields";

const list = (value: unknown) => (value === undefined || value === "" ? [] : Array.isArray(value) ? value : [value]);
const rowId = ROW_ID.source.slice(1, -1);

/** People ticked as having worked on a table's claimed ticket. */
const workedOn = z.preprocess(
  list,
  z.array(z.string().regex(ROW_ID, { message: "Choose people from the list." })).max(40, {
    message: "At most 40 people.",
  }),
);

/**
 * Organizers' bulk decision on found pull requests: the ticked ones, what to do with them, and
 * for those on a table's claimed ticket, who at the table worked on each ("proposal:person").
 */
export const ProposalDecisionSchema = z.object({
  proposal: z.preprocess(
    (value) => (value === undefined ? [] : Array.isArray(value) ? value : [value]),
    z.array(z.string().regex(ROW_ID)).min(1, { message: "Tick at least one pull request." }),
  ),
  decision: z.enum(["accept", "reject"], { message: "Choose what to do with them." }),
  worked: z.preprocess(
    list,
    z
      .array(z.string().regex(new RegExp(`^${rowId}:${rowId}$`), { message: "Choose people from the list." }))
      .max(400, { message: "Too many people ticked." }),
  ),
});

/** An attendee accepts a pull request on their table's claimed ticket, with who worked on it. */
export const TableCreditSchema = z.object({ worked: workedOn });

/** An organizer's answer to "whose is this GitHub username?": the registration that keeps it. */
export const KeepGitHubUsernameSchema = z.object({
  registration: z.string().regex(ROW_ID, { message: "Choose whose it is." }),
});
