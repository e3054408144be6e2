import { z } from "zod";
import { EmailSchema, isSingleLine } from "../../platform/validation/email";
import { SUBSCRIBE_SOURCES } from "./wording";

export const SubscribeSchema = z.object({
  email: EmailSchema,
  name: z
    .preprocess(
      (value) => value ?? "",
      z.string().trim().max(100, { message: "Your name can be at most 100 characters." }),
    )
    .refine(isSingleLine, { message: "Your name must be a single line of text." })
    .transform((value) => value || null),
  source: z.enum(SUBSCRIBE_SOURCES).catch("newsletter-page"),
});

export const PrivacyRequestSchema = z.object({
  email: EmailSchema,
  kind: z.enum(["export", "erase"], { message: "Choose what you would like us to do." }),
});
