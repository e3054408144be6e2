import { z } from "zod";
import { EmailSchema, isSingleLine } from "../../platform/validation/email";

export const OrganizerSchema = z.object({
  email: EmailSchema,
  name: z
    .preprocess(
      (value) => value ?? "",
      z.string().trim().max(100, { message: "The name can be at most 100 characters." }),
    )
    .refine(isSingleLine, { message: "The name must be a single line of text." })
    .transform((value) => value || null),
});
