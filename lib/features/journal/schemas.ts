import { z } from "zod";

/** "Import posts with #hashtag from this Mastodon server between these days." */
export const JournalImportSchema = z
  .object({
    instanceUrl: z
      .string()
      .trim()
      .refine((value) => /^https?:\/\/[^\s/]+\/?$/.test(value) && URL.canParse(value), {
        message: "Enter the server's address, e.g. https://fosstodon.org.",
      }),
    hashtag: z
      .string()
      .trim()
      .transform((value) => value.replace(/^#/, ""))
      .refine((value) => /^[\p{L}\p{N}_]{1,100}$/u.test(value), {
        message: "Enter a hashtag of letters, digits and underscores, e.g. DjangoOnTheMed.",
      }),
    from: z.iso.date({ message: "Enter the first day." }),
    to: z.iso.date({ message: "Enter the last day." }),
  })
  .refine((value) => value.from <= value.to, { message: "The last day cannot be before the first.", path: ["to"] });

export const RemovalRequestSchema = z.object({
  reason: z
    .preprocess(
      (value) => (typeof value === "string" ? value : ""),
      z.string().trim().max(1_000, { message: "The reason can be at most 1,000 characters." }),
    )
    .transform((value) => value || null),
});
