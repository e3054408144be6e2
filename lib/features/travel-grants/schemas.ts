import { z } from "zod";
import { RegistrationFormSchema } from "../registration/client";
import { MAX_BUDGET_EUROS, MAX_GRANT_EUROS, MAX_REASON_CHARS } from "./rules";

const text = (value: unknown) => (typeof value === "string" ? value.trim() : "");

/** Whole euros from a form field: digits only, 1 to `max`. */
const euros = (label: string, max: number, min = 1) =>
  z.preprocess(
    text,
    z
      .string()
      .regex(/^\d{1,7}$/, { message: `${label}: a whole number of euros, in digits.` })
      .transform(Number)
      .pipe(
        z
          .number()
          .min(min, { message: `${label}: at least ${min} €.` })
          .max(max, { message: `${label}: at most ${max.toLocaleString("en-GB")} €.` }),
      ),
  );

const reason = z.preprocess(
  text,
  z
    .string()
    .min(1, { message: "Tell us in a few words why a grant would help." })
    .max(MAX_REASON_CHARS, { message: `At most ${MAX_REASON_CHARS.toLocaleString("en-GB")} characters.` }),
);

/** Asking for a grant (or changing the request) from the manage page. */
export const GrantAskSchema = z.object({ amount: euros("Amount", MAX_GRANT_EUROS), reason });
export type GrantAsk = z.output<typeof GrantAskSchema>;

/** Organizers open or close requests and set the budget. */
export const GrantSettingsSchema = z.object({
  open: z.preprocess((value) => value === "on", z.boolean()),
  budget: euros("Budget", MAX_BUDGET_EUROS, 0),
});
export type GrantSettings = z.output<typeof GrantSettingsSchema>;

/** Granting: the amount, by default the amount asked. */
export const GrantDecisionSchema = z.object({ amount: euros("Amount", MAX_GRANT_EUROS) });

/** A YYYY-MM-DD that is a day of the calendar (not 30 February), in a plausible year. */
function realDay(day: string): boolean {
  const [year, month, date] = day.split("-").map(Number) as [number, number, number];
  if (year < 2000 || year > 2100) return false;
  const parsed = new Date(Date.UTC(year, month - 1, date));
  return parsed.getUTCFullYear() === year && parsed.getUTCMonth() === month - 1 && parsed.getUTCDate() === date;
}

/** The day the grant was paid. */
export const GrantPaidSchema = z.object({
  paidOn: z.preprocess(
    text,
    z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/, { message: "Enter the date it was paid." })
      .refine(realDay, { message: "Enter a real date, in the years 2000 to 2100." }),
  ),
});

/**
 * The registration form with the two optional grant fields (shown when the edition's grants are
 * open): both empty means no request; one without the other is an error on the empty one.
 */
export const RegistrationWithGrantSchema = RegistrationFormSchema.extend({
  grantAmount: z.preprocess(text, z.string().max(7)),
  grantReason: z.preprocess(text, z.string().max(MAX_REASON_CHARS)),
}).transform(({ grantAmount, grantReason, ...form }, context) => {
  if (!grantAmount && !grantReason) return { form, grantAsk: null };
  const parsed = GrantAskSchema.safeParse({ amount: grantAmount, reason: grantReason });
  if (parsed.success) return { form, grantAsk: parsed.data };
  for (const issue of parsed.error.issues)
    context.addIssue({
      code: "custom",
      message: issue.message,
      path: [issue.path[0] === "amount" ? "grantAmount" : "grantReason"],
    });
  return z.NEVER;
});
