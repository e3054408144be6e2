import { z } from "zod";
import { contrastRatio } from "./contrast";
import { EmailSchema, isSingleLine } from "../../platform/validation/email";

/** The light text drawn on the accent colour (sand-50). */
export const TEXT_ON_ACCENT = "#fcf8f1";

const line = (label: string, max: number) =>
  z
    .string({ message: `Enter ${label.toLowerCase()}.` })
    .trim()
    .min(1, { message: `Enter ${label.toLowerCase()}.` })
    .max(max, { message: `${label} can be at most ${max} characters.` })
    .refine(isSingleLine, { message: `${label} must be a single line.` });

export const SiteSettingsSchema = z.object({
  name: line("The site's name", 80),
  tagline: line("The tagline", 200),
  hashtag: z
    .string()
    .trim()
    .transform((value) => value.replace(/^#/, ""))
    .pipe(
      z.string().regex(/^[A-Za-z0-9_]{1,50}$/, { message: "Use letters, digits and _ only, e.g. DjangoOnTheMed." }),
    ),
  contactEmail: EmailSchema,
  accentColor: z
    .string()
    .trim()
    .toLowerCase()
    .regex(/^#[0-9a-f]{6}$/, { message: "Give a colour as #rrggbb, e.g. #0a4259." })
    .refine((value) => contrastRatio(value, TEXT_ON_ACCENT) >= 4.5, {
      message:
        "This colour is too light: the header's light text would be hard to read. Choose a darker one (contrast at least 4.5:1).",
    }),
});

export type SiteSettingsInput = z.output<typeof SiteSettingsSchema>;
