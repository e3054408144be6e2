import { z } from "zod";

const one = (value: unknown) => (Array.isArray(value) ? value[0] : value);
const list = z.preprocess(
  (value) => (value === undefined ? [] : Array.isArray(value) ? value : [value]),
  z.array(z.string().max(40)).max(1000),
);

export const REVIEW_STATUSES = ["applied", "offered", "waitlisted", "declined", "confirmed"] as const;

/** The review screen's filters, from its address (a GET form); unknown values mean "any". */
export const ApplicationFilterSchema = z.object({
  status: z.preprocess(one, z.enum(REVIEW_STATUSES).optional().catch(undefined)),
  firstTimer: z.preprocess(one, z.enum(["yes", "no"]).optional().catch(undefined)),
  interest: z.preprocess(one, z.string().max(40).optional().catch(undefined)),
  country: z.preprocess(one, z.string().max(100).optional().catch(undefined)),
  visa: z.preprocess(one, z.enum(["yes", "no"]).optional().catch(undefined)),
  grant: z.preprocess(one, z.enum(["yes", "no"]).optional().catch(undefined)),
  mark: list.catch([]),
  // After a decision: what was done, to whom (ids), and who was refused with the reason ("id:problem").
  done: z.preprocess(one, z.enum(["accept", "waitlist", "decline"]).optional().catch(undefined)),
  decided: z.preprocess(
    (value) => (typeof value === "string" && value ? value.split(",") : []),
    z.array(z.string().max(40)).max(1000).catch([]),
  ),
  refused: z.preprocess(
    (value) => (typeof value === "string" && value ? value.split(",") : []),
    z
      .array(
        z
          .string()
          .regex(/^[\w-]{1,40}:(no-free-place|too-early|no-early-waitlist|already-decided)$/)
          .transform((item) => {
            const [id, problem] = item.split(":") as [
              string,
              "no-free-place" | "too-early" | "no-early-waitlist" | "already-decided",
            ];
            return { id, problem };
          }),
      )
      .max(1000)
      .catch([]),
  ),
});
export type ApplicationFilter = z.output<typeof ApplicationFilterSchema>;

/** The review form's submit: the people marked, and what to do with them. */
export const DecisionFormSchema = z.object({
  intent: z.enum(["preview", "accept", "waitlist", "decline"], { message: "Choose what to do." }),
  mark: list,
  // The filters ride along so that the screen comes back as it was.
  status: z.string().max(20).optional(),
  firstTimer: z.string().max(5).optional(),
  interest: z.string().max(40).optional(),
  country: z.string().max(100).optional(),
  visa: z.string().max(5).optional(),
  grant: z.string().max(5).optional(),
});
