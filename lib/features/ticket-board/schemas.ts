import { z } from "zod";
import { FIXED_LABELS } from "./wording";

const text = (max: number, message: string) =>
  z.preprocess((value) => (typeof value === "string" ? value.trim() : ""), z.string().min(1, { message }).max(max));

/** Tickets pasted by organizers, one a line. */
export const PasteTicketsSchema = z.object({
  tickets: text(20_000, "Paste at least one ticket number or link."),
});

/** A Trac query's address, to import every ticket it lists. */
export const ImportQuerySchema = z.object({
  query: text(4_000, "Paste the address of a Trac query."),
});

/** A ticket's label: one of the fixed ones, an area of Django (free text), or none. */
export const LabelSchema = z
  .object({
    label: z.enum(["", ...FIXED_LABELS, "area"], { message: "Choose a label." }).default(""),
    area: z.preprocess(
      (value) => (typeof value === "string" ? value.trim().replace(/\s+/g, " ") : ""),
      z.string().max(40, { message: "An area can be at most 40 characters." }),
    ),
  })
  .refine((input) => input.label !== "area" || input.area !== "", {
    message: "Name the area (for example: ORM, admin, docs).",
    path: ["area"],
  });
export type LabelInput = z.output<typeof LabelSchema>;

/** The label stored for a label form. */
export const labelOf = (input: LabelInput): string | null =>
  input.label === "area" ? input.area : input.label === "" ? null : input.label;

const day = z.string({ message: "Choose a day." }).regex(/^\d{4}-\d{2}-\d{2}$/, { message: "Choose a day." });

/** An attendee's claim: which day, and for themselves or their table. */
export const ClaimSchema = z.object({
  day,
  who: z.enum(["me", "table"], { message: "Choose for whom." }),
});

/** An organizer moves a claim to another person, day or table ("" for the person themselves). */
export const MoveClaimSchema = z.object({
  registrationId: z.string({ message: "Choose a person." }).min(1, { message: "Choose a person." }),
  day,
  table: z.preprocess(
    (value) => (value === "" || value === undefined ? null : value),
    z.coerce.number().int().min(0).nullable(),
  ),
});

/** Removing a ticket takes a tick that says so. */
export const RemoveTicketSchema = z.object({
  confirm: z.literal("on", { message: "Tick the box to remove the ticket and its claim." }),
});
