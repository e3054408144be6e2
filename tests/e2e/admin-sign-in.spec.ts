import { expect, test } from "@playwright/test";
import { LOCAL_ORGANIZER, signInAsOrganizer } from "./support/admin";

test("an organizer signs in through the dev mailbox; the link works once and a stranger gets the same page and no email", async ({
  page,
}) => {
  test.slow(); // a flow through the mailbox on two cores used over a third of 30 s: the budget is a ceiling against hangs
  await page.goto("/admin");
  await expect(page).toHaveURL(/\/admin\/sign-in$/);

  await page.getByLabel("Email").fill("not-an-address");
  await page.getByRole("button", { name: "Email me a sign-in link" }).click();
  await expect(page.getByText("Enter an email address like name@example.org.")).toBeVisible();

  await page.getByLabel("Email").fill("stranger@example.org");
  await page.getByRole("button", { name: "Email me a sign-in link" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Check your email");
  const strangerPage = await page.getByRole("main").textContent();

  const landing = await signInAsOrganizer(page);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Hello");
  await expect(page.getByRole("navigation", { name: "Admin" })).toContainText(LOCAL_ORGANIZER);

  // The organizer saw exactly the stranger's page, and only the organizer got mail.
  await page.goto("/admin/sign-in/check-email");
  expect(await page.getByRole("main").textContent()).toBe(strangerPage);
  await page.goto("/dev/mailbox");
  await expect(page.getByRole("listitem").filter({ hasText: "to stranger@example.org" })).toHaveCount(0);

  // Replaying the link: refused.
  await page.goto("/admin");
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/admin\/sign-in$/);
  await page.goto(landing);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("This sign-in link no longer works");
  await page.goto("/admin");
  await expect(page).toHaveURL(/\/admin\/sign-in$/);
});
