import { z } from "zod";
import { isSingleLine } from "../../platform/validation/email";
import { STATUS_LABELS } from "./status-labels";

export const StatusMessageSchema = z.object({
  status: z.enum(Object.keys(STATUS_LABELS) as [keyof typeof STATUS_LABELS], {
    message: "Choose who gets the message.",
  }),
  subject: z
    .string()
    .trim()
    .min(1, { message: "Write a subject." })
    .max(150, { message: "The subject can be at most 150 characters." })
    .refine(isSingleLine, { message: "The subject must be a single line." }),
  body: z
    .string()
    .trim()
    .min(1, { message: "Write the message." })
    .max(10_000, { message: "The message can be at most 10,000 characters." }),
});
