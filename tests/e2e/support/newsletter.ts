import { expect, type Page } from "@playwright/test";
import { followEmailLink, openEmail } from "./mailbox";

/** Subscribes from /newsletter and confirms from the dev mailbox. */
export async function subscribeAndConfirm(page: Page, email: string, name = "") {
  await page.goto("/newsletter");
  const main = page.getByRole("main");
  await main.getByLabel("Email").fill(email);
  if (name) await main.getByLabel("Name (optional)").fill(name);
  await main.getByRole("button", { name: "Subscribe" }).click();
  await expect(main.getByRole("status")).toContainText("Check your inbox");
  await openEmail(page, email, /Confirm your subscription/);
  await followEmailLink(page, "Confirm my subscription");
  await page.getByRole("button", { name: "Confirm my subscription" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("You're subscribed");
}
