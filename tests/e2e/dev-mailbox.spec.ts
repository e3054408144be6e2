import { expectNoAxeViolations } from "./support/axe";
import { expect, test, type Page } from "@playwright/test";

/** The worker delivers within seconds; reload until the message is listed. */
async function openWhenDelivered(page: Page, recipient: string) {
  const row = page.getByRole("listitem").filter({ hasText: `to ${recipient}` });
  await expect(async () => {
    await page.reload();
    await expect(row).toBeVisible({ timeout: 500 });
  }).toPass({ timeout: 20_000 });
  await row.getByRole("link").click();
}

test("a newcomer sends a test message and follows its link from the dev mailbox", async ({ page }) => {
  await page.goto("/dev/mailbox");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Dev mailbox");

  const email = page.getByRole("main").getByLabel("Send a test message to");
  await email.fill("not-an-address");
  await page.getByRole("button", { name: "Send test message" }).click();
  await expect(page.getByText("Enter an email address like name@example.org.")).toBeVisible();
  await expect(email).toHaveValue("not-an-address");
  await expect(email).toHaveAttribute("aria-invalid", "true");

  await email.fill("newcomer@example.org");
  await page.getByRole("button", { name: "Send test message" }).click();
  await expect(page.getByRole("main").getByRole("status")).toHaveText(/Queued a test message to newcomer@example.org/);

  await openWhenDelivered(page, "newcomer@example.org");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("A test message from Django on the Med");
  await expect(page.getByRole("region", { name: "Plain-text part" })).toContainText("Open the site: http://localhost:");
  await expect(page.getByText(/^<.+@localhost>$/)).toBeVisible(); // the Message-ID
  await page.getByRole("region", { name: "HTML part" }).getByRole("link", { name: "Open the site" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Next: Sample Bay, Sampleland");
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });
  test("the test-send form still works and keeps what was typed on error", async ({ page }) => {
    await page.goto("/dev/mailbox");
    await page.getByRole("main").getByLabel("Send a test message to").fill("ada@@example.org");
    await page.getByRole("button", { name: "Send test message" }).click();
    await expect(page.getByText("Enter an email address like name@example.org.")).toBeVisible();
    await expect(page.getByRole("main").getByLabel("Send a test message to")).toHaveValue("ada@@example.org");
  });
});

test("the dev mailbox has no detectable accessibility violations", async ({ page }) => {
  await page.goto("/dev/mailbox");
  await expectNoAxeViolations(page);
});

test("an unknown mailbox message is a 404", async ({ page }) => {
  const response = await page.goto("/dev/mailbox/no-such-message");
  expect(response?.status()).toBe(404);
});
