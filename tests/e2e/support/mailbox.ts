import { expect, type Page } from "@playwright/test";

/** Opens the newest dev-mailbox message to `recipient` whose subject matches, waiting for delivery. */
export async function openEmail(page: Page, recipient: string, subject: RegExp) {
  await page.goto("/dev/mailbox");
  const row = page
    .getByRole("listitem")
    .filter({ hasText: `to ${recipient}` })
    .filter({ hasText: subject })
    .first();
  await expect(async () => {
    await page.reload();
    await expect(row).toBeVisible({ timeout: 500 });
  }).toPass({ timeout: 20_000 });
  await row.getByRole("link").click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(subject);
}

/** Follows a link in the HTML part of the open message. */
export async function followEmailLink(page: Page, name: string | RegExp) {
  await page.getByRole("region", { name: "HTML part" }).getByRole("link", { name }).click();
}
