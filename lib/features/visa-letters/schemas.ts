import { z } from "zod";
import { line } from "../../platform/validation/fields";

const isoDay = (label: string) =>
  z
    .string({ message: `Enter ${label}.` })
    .trim()
    .regex(/^\d{4}-\d{2}-\d{2}$/, { message: `Enter ${label} as a date, e.g. 2031-05-06.` })
    .refine((value) => !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) && dayRoundTrips(value), {
      message: `Enter ${label} as a real date.`,
    });

/** "2031-02-30" parses in JavaScript (as 2 March): refuse it. */
const dayRoundTrips = (value: string) => new Date(`${value}T00:00:00Z`).toISOString().slice(0, 10) === value;

/** What an attendee gives for their letter; the stay's dates are checked against the edition by the service. */
export const VisaLetterRequestSchema = z
  .object({
    fullName: line("Your full name as in your passport", 200),
    nationality: line("Your nationality", 80),
    passportNumber: z
      .string({ message: "Enter your passport number." })
      .transform((value) => value.replace(/[\s-]/g, "").toUpperCase())
      .pipe(
        z
          .string()
          .min(1, { message: "Enter your passport number." })
          .regex(/^[A-Z0-9]{5,20}$/, { message: "A passport number has 5 to 20 letters and digits." }),
      ),
    dateOfBirth: isoDay("your date of birth"),
    consulate: line("The consulate or embassy", 200),
    arrivesOn: isoDay("the day you arrive"),
    leavesOn: isoDay("the day you leave"),
  })
  .superRefine((value, context) => {
    if (value.arrivesOn && value.leavesOn && value.leavesOn < value.arrivesOn)
      context.addIssue({ code: "custom", path: ["leavesOn"], message: "The day you leave comes after you arrive." });
  });

export type VisaLetterRequestInput = z.output<typeof VisaLetterRequestSchema>;

/** An organizer's short note when they decline. */
export const VisaLetterDeclineSchema = z.object({ note: line("A short note", 300) });
