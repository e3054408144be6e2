import { z } from "zod";
import { ROW_ID } from "../../platform/validation/fields";

/** Organizers' bulk decision on found pull requests: the ticked ones, and what to do with them. */
export const ProposalDecisionSchema = z.object({
  proposal: z.preprocess(
    (value) => (value === undefined ? [] : Array.isArray(value) ? value : [value]),
    z.array(z.string().regex(ROW_ID)).min(1, { message: "Tick at least one pull request." }),
  ),
  decision: z.enum(["accept", "reject"], { message: "Choose what to do with them." }),
});

/** An organizer's answer to "whose is this GitHub username?": the registration that keeps it. */
export const KeepGitHubUsernameSchema = z.object({
  registration: z.string().regex(ROW_ID, { message: "Choose whose it is." }),
});
