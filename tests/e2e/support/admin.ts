import { expect, type Page } from "@playwright/test";
import { followEmailLink, openEmail } from "./mailbox";

/** The address README names: the embedded default lets it sign in. */
export const LOCAL_ORGANIZER = "organizer@example.org";

/** Signs in through the dev mailbox the way a newcomer does; returns the landing link used. */
export async function signInAsOrganizer(page: Page, email = LOCAL_ORGANIZER): Promise<string> {
  await page.goto("/admin/sign-in");
  await page.getByLabel("Email").fill(email);
  await page.getByRole("button", { name: "Email me a sign-in link" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Check your email");
  await openEmail(page, email, /Sign in to Django on the Med/);
  await followEmailLink(page, "Sign in");
  const landing = page.url();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Sign in");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/admin$/);
  return landing;
}
