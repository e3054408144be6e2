import { z } from "zod";

/**
 * GitHub's rule for usernames: 1–39 characters, letters, digits and hyphens, no hyphen at the
 * start or the end, and no two in a row.
 */
export function isGitHubUsername(value: string): boolean {
  return /^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$/.test(value);
}

/** An optional GitHub username as a form sends it: a leading "@" or a profile link is forgiven. */
export const GitHubUsernameField = z.preprocess(
  (value) =>
    typeof value === "string"
      ? value
          .trim()
          .replace(/^https?:\/\/(www\.)?github\.com\//i, "")
          .replace(/^@/, "")
          .replace(/\/+$/, "")
      : "",
  z
    .string()
    .refine((value) => value === "" || isGitHubUsername(value), {
      message: "A GitHub username has 1–39 letters, digits or single hyphens, and does not start or end with a hyphen.",
    })
    .transform((value) => value || null),
);

/** An edition's repositories to search, "owner/name" each, one per line or separated by commas. */
export const RepositoriesField = z.preprocess(
  (value) =>
    (typeof value === "string" ? value : "")
      .split(/[\s,]+/)
      .map((part) => part.trim())
      .filter(Boolean),
  z
    .array(
      z.string().regex(/^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}\/[A-Za-z0-9_.-]{1,100}$/, {
        message: "Write each repository as owner/name, e.g. django/django.",
      }),
    )
    .max(10, { message: "At most 10 repositories." }),
);
