import { describe, expect, it } from "vitest";
import { ticketReference } from "@/lib/features/outcomes/ticket-reference";
import { GitHubUsernameField, isGitHubUsername, RepositoriesField } from "@/lib/platform/validation/github";

describe("GitHub usernames", () => {
  it.each(["a", "ada", "Ada-Lovelace", "a1-b2-c3", "x".repeat(39), "0"])("accepts %s", (name) => {
    expect(isGitHubUsername(name)).toBe(true);
  });

  it.each(["", "-ada", "ada-", "ada--lovelace", "x".repeat(40), "ada_lovelace", "ada.lovelace", "ada lovelace", "ädä"])(
    "refuses %j",
    (name) => {
      expect(isGitHubUsername(name)).toBe(false);
    },
  );

  it("is optional on the form, and forgives an @ or a profile link", () => {
    expect(GitHubUsernameField.parse("")).toBeNull();
    expect(GitHubUsernameField.parse(" @ada-l ")).toBe("ada-l");
    expect(GitHubUsernameField.parse("https://github.com/ada-l/")).toBe("ada-l");
    expect(GitHubUsernameField.safeParse("ada--l").error?.issues[0]?.message).toMatch(/^A GitHub username has 1–39/);
  });
});

describe("an edition's repositories", () => {
  it("are owner/name, separated by commas or lines", () => {
    expect(RepositoriesField.parse("django/django, django/djangoproject.com\ndjango/asgiref")).toEqual([
      "django/django",
      "django/djangoproject.com",
      "django/asgiref",
    ]);
    expect(RepositoriesField.safeParse("django").success).toBe(false);
    expect(RepositoriesField.safeParse("https://github.com/django/django").success).toBe(false);
  });
});

describe("the ticket a pull request's title names", () => {
  it.each([
    ["Fixed #12345 -- Made the cache framework honour timeouts.", 12345],
    ["Refs #5500 -- Added tests for the locmem cache.", 5500],
    ["fixes #36 -- lower case too", 36],
    ["[5.2.x] Fixed #35000 -- Backport of a fix.", 35000],
    ["Fixed #1, Refs #2 -- Two tickets: the first counts.", 1],
  ])("%s → %i", (title, ticket) => {
    expect(ticketReference(title)).toBe(ticket);
  });

  it.each([
    "Made on_delete use database constraints",
    "Bump #3 dependencies -- chore",
    "Fixed #12345 without dashes",
    "Fixed #x -- no number",
  ])("%s names none", (title) => {
    expect(ticketReference(title)).toBeNull();
  });
});
