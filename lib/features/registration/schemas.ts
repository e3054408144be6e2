import { z } from "zod";
import { EmailSchema, isSingleLine } from "../../platform/validation/email";
import { GitHubUsernameField } from "../../platform/validation/github";
import { TEST_OUTPUT_MAX_CHARS, TEST_OUTPUT_READ_CHARS } from "./test-run-output";

export const EXPERIENCE = {
  first: "This would be my first contribution",
  few: "I have contributed a few times",
  regular: "I contribute regularly",
  team: "I am on a Django team",
} as const;

export const INTERESTS = {
  orm: "ORM",
  admin: "Admin",
  docs: "Documentation",
  forms: "Forms",
  async: "Async",
  "static-files": "Static files",
  security: "Security",
  performance: "Performance",
  other: "Other",
} as const;

const line = (label: string, max: number) =>
  z
    .string()
    .trim()
    .max(max, { message: `${label} can be at most ${max} characters.` })
    .refine(isSingleLine, { message: `${label} must be a single line of text.` });

const required = (label: string, max: number, message: string) =>
  z.preprocess((value) => value ?? "", line(label, max).pipe(z.string().min(1, { message })));

const optionalLine = (label: string, max: number) =>
  z.preprocess((value) => value ?? "", line(label, max)).transform((value) => value || null);

const optionalText = (label: string, max: number) =>
  z
    .preprocess(
      (value) => value ?? "",
      z
        .string()
        .trim()
        .max(max, { message: `${label} can be at most ${max} characters.` }),
    )
    .transform((value) => value || null);

const checkbox = z.preprocess((value) => value === "on" || value === "true", z.boolean());

const list = <T extends z.ZodType>(item: T) =>
  z.preprocess((value) => (value === undefined ? [] : Array.isArray(value) ? value : [value]), z.array(item));

/** The answers a person gives when registering (and may change later). */
export const RegistrationAnswersSchema = z.object({
  name: required("Your name", 100, "Enter your name."),
  city: required("Your city", 100, "Tell us which city you come from."),
  country: required("Your country", 100, "Tell us which country you come from."),
  affiliation: optionalLine("Affiliation", 100),
  experience: z.enum(Object.keys(EXPERIENCE) as [keyof typeof EXPERIENCE], {
    message: "Choose how much you have contributed so far.",
  }),
  interests: list(
    z.enum(Object.keys(INTERESTS) as [keyof typeof INTERESTS], { message: "Choose from the listed areas." }),
  ),
  hopes: optionalText("What you hope to work on", 1000),
  days: list(z.iso.date({ message: "Choose days of the edition." })).pipe(
    z.array(z.string()).min(1, { message: "Choose at least one day." }),
  ),
  dietary: optionalText("Dietary requirements", 300),
  accessibility: optionalText("Accessibility needs", 500),
  afternoonActivities: checkbox,
  publicListing: checkbox,
  canHelpSetUp: checkbox,
  githubUsername: GitHubUsernameField,
});

export const RegistrationFormSchema = RegistrationAnswersSchema.extend({
  email: EmailSchema,
  newsletterOptIn: checkbox,
  codeOfConduct: z.literal("on", { message: "Please accept the code of conduct to register." }),
  /** By application only: the answer to the edition's question (required there, by the service). */
  applicationAnswer: optionalText("Your answer", 2000),
  /** By application only: "I will need a visa invitation letter". */
  needsVisaLetter: checkbox,
  /** A field people never see; bots fill it in. */
  website: z.string().optional(),
});

export type RegistrationAnswers = z.output<typeof RegistrationAnswersSchema>;
export type RegistrationForm = z.output<typeof RegistrationFormSchema>;

/** The answers to store: the form minus the address, the consent box and the honeypot. */
export function storedAnswers({
  email: _email,
  codeOfConduct: _coc,
  website: _honeypot,
  ...answers
}: RegistrationForm) {
  return answers;
}

/** The "Ready to sprint" checklist: three steps ticked, and the end of the test run pasted (optional). */
export const SprintReadinessSchema = z.object({
  githubAccount: checkbox,
  forkAndClone: checkbox,
  virtualEnv: checkbox,
  testOutput: z
    .preprocess(
      (value) => (typeof value === "string" ? value : ""),
      z.string().max(TEST_OUTPUT_MAX_CHARS, {
        message: `That paste is over ${TEST_OUTPUT_MAX_CHARS.toLocaleString("en")} characters: paste only the end of the output (we read its last ${TEST_OUTPUT_READ_CHARS.toLocaleString("en")}).`,
      }),
    )
    .transform((value) => (value.trim() ? value : null)),
});
export type SprintReadinessInput = z.output<typeof SprintReadinessSchema>;
