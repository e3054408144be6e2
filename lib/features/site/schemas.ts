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

const multiLine = (label: string, max: number) =>
  z.preprocess(
    (value) => (typeof value === "string" ? value : ""),
    z
      .string()
      .trim()
      .max(max, { message: `${label} can be at most ${max} characters.` }),
  );

export const SiteSettingsSchema = z
  .object({
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
    // Visa invitation letters name the organizing body: they cannot be turned on without it.
    legalName: multiLine("The legal name", 200).refine(isSingleLine, {
      message: "The legal name must be a single line.",
    }),
    postalAddress: multiLine("The postal address", 500),
    visaLettersEnabled: z.preprocess((value) => value === "on" || value === "true", z.boolean()),
  })
  .superRefine((value, context) => {
    if (!value.visaLettersEnabled) return;
    if (!value.legalName)
      context.addIssue({
        code: "custom",
        path: ["legalName"],
        message: "Enter the organizing body's legal name: invitation letters print it.",
      });
    if (!value.postalAddress)
      context.addIssue({
        code: "custom",
        path: ["postalAddress"],
        message: "Enter the organizing body's postal address: invitation letters print it.",
      });
  });

type SettingsOutput = z.output<typeof SiteSettingsSchema>;
type LetterSettings = "legalName" | "postalAddress" | "visaLettersEnabled";
/** What is saved; the visa letters' settings may be left out (they then stay as they are). */
export type SiteSettingsInput = Omit<SettingsOutput, LetterSettings> & Partial<Pick<SettingsOutput, LetterSettings>>;
