import { expect, type Page } from "@playwright/test";
import { followEmailLink, openEmail } from "./mailbox";

/** Registers on the public form and confirms from the dev mailbox. */
export async function registerAndConfirm(
  page: Page,
  slug: string,
  name: string,
  email: string,
  {
    publicListing = false,
    githubUsername = "",
    experience = "This would be my first contribution",
    canHelpSetUp = false,
  } = {},
) {
  await page.goto(`/editions/${slug}/register`);
  const main = page.getByRole("main");
  await main.getByLabel("Your name").fill(name);
  await main.getByLabel("Email").fill(email);
  await main.getByLabel("City you come from").fill("Zagreb");
  await main.getByLabel("Country").fill("Croatia");
  await page.getByRole("radio", { name: experience }).check();
  if (githubUsername) await main.getByLabel("GitHub username (optional)").fill(githubUsername);
  if (publicListing)
    await page.getByRole("checkbox", { name: "Show my name, city and interests on the public attendee list." }).check();
  if (canHelpSetUp) await page.getByRole("checkbox", { name: /I can help others set up/ }).check();
  await page.getByRole("checkbox", { name: /I have read and accept the code of conduct/ }).check();
  await page.getByRole("button", { name: "Register" }).click();
  await expect(main.getByRole("status").filter({ hasText: "Check your email" })).toContainText(email);
  await openEmail(page, email, /Confirm your registration/);
  await followEmailLink(page, "Confirm my registration");
  await page.getByRole("button", { name: "Confirm my registration" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("You're in!");
}
