import { z } from "zod";
import { isSingleLine } from "../../platform/validation/email";

export const AnnouncementSchema = z.object({
  subject: z
    .string()
    .trim()
    .min(1, { message: "Write a subject." })
    .max(150, { message: "The subject can be at most 150 characters." })
    .refine(isSingleLine, { message: "The subject must be a single line." }),
  body: z
    .string()
    .trim()
    .min(1, { message: "Write the announcement." })
    .max(50_000, { message: "The announcement can be at most 50,000 characters." }),
});

export type AnnouncementInput = z.output<typeof AnnouncementSchema>;
