import { z } from "zod";
import { OUTCOME_KIND_ORDER, OUTCOME_STATUS_ORDER } from "./labels";
import { optionalLine, line, ROW_ID } from "../../platform/validation/fields";

const ids = z.preprocess(
  (value) => (value === undefined || value === "" ? [] : Array.isArray(value) ? value : [value]),
  z
    .array(z.string().regex(ROW_ID, { message: "Choose attendees from the list." }))
    .max(20, { message: "At most 20 people per outcome." }),
);

/** An outcome as the attendee's and the organizer's forms send it. */
export const OutcomeSchema = z.object({
  kind: z.enum(OUTCOME_KIND_ORDER, { message: "Choose what kind of contribution it is." }),
  title: line("A title", 200),
  url: optionalLine("The link", 500).refine((value) => value === null || /^https?:\/\/[^\s/]+\.[^\s]*$/.test(value), {
    message: "The link must be a web address starting with https://, e.g. https://github.com/django/django/pull/12345.",
  }),
  status: z.enum(OUTCOME_STATUS_ORDER, { message: "Choose a status." }),
  area: optionalLine("The area", 80),
  firstContribution: z.preprocess((value) => value === "on", z.boolean()),
  notes: z
    .preprocess(
      (value) => (typeof value === "string" ? value : ""),
      z.string().trim().max(2_000, { message: "Notes can be at most 2,000 characters." }),
    )
    .transform((value) => value || null),
  contributors: ids,
});

export type OutcomeInput = z.output<typeof OutcomeSchema>;
