import { z } from "zod";
import { EmailSchema } from "../../platform/validation/email";
import { line } from "../../platform/validation/fields";

const text = (label: string, { required }: { required: boolean }) =>
  z
    .preprocess(
      (value) => (typeof value === "string" ? value : ""),
      z
        .string()
        .trim()
        .max(3_000, { message: `${label} can be at most 3,000 characters.` }),
    )
    .refine((value) => !required || value.length > 0, { message: `Tell us ${label.toLowerCase()}.` })
    .transform((value) => value || null);

const required = (label: string) => text(label, { required: true }).transform((value) => value ?? "");

/** "Host the next edition", as the public form sends it. */
export const HostProposalSchema = z.object({
  city: line("The city or town", 100),
  country: line("The country", 100),
  name: line("Your name", 100),
  email: EmailSchema,
  why: required("Why there"),
  venue: required("Venue ideas"),
  travel: required("How to get there"),
  season: required("Which season and dates suit"),
  community: text("Local community or sponsors", { required: false }),
  accessibility: text("Accessibility", { required: false }),
  other: text("Anything else", { required: false }),
  website: z.string().optional(),
});

export type HostProposalInput = z.output<typeof HostProposalSchema>;

export const PROPOSAL_STATUSES = {
  new: "New",
  in_discussion: "In discussion",
  accepted: "Accepted",
  declined: "Declined",
} as const;

export const ProposalReviewSchema = z.object({
  status: z.enum(Object.keys(PROPOSAL_STATUSES) as [keyof typeof PROPOSAL_STATUSES], { message: "Choose a status." }),
  notes: z
    .preprocess(
      (value) => (typeof value === "string" ? value : ""),
      z.string().trim().max(5_000, { message: "Notes can be at most 5,000 characters." }),
    )
    .transform((value) => value || null),
});
