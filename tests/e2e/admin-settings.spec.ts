import { expect, test } from "@playwright/test";
import { signInAsOrganizer } from "./support/admin";

test("an organizer renames the site and changes its colour; a colour too light for the header is refused", async ({
  page,
}) => {
  test.slow(); // a flow through the mailbox on two cores used over a third of 30 s: the budget is a ceiling against hangs
  await signInAsOrganizer(page);
  await page.goto("/admin/settings");
  const before = {
    name: await page.getByLabel("Site name").inputValue(),
    accent: await page.getByLabel("Accent colour").inputValue(),
  };
  try {
    await page.getByLabel("Site name").fill("Django on the Adriatic");
    await page.getByLabel("Accent colour").fill("#f2b134");
    await page.getByRole("button", { name: "Save settings" }).click();
    await expect(page.getByText(/This colour is too light/)).toBeVisible();
    await expect(page.getByLabel("Site name")).toHaveValue("Django on the Adriatic");

    await page.getByLabel("Accent colour").fill("#5a1e0e");
    await page.getByRole("button", { name: "Save settings" }).click();
    await expect(page.getByText("Saved. Every page and new email uses the new settings.")).toBeVisible();

    await page.goto("/about");
    await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link").first()).toHaveText(
      "Django on the Adriatic",
    );
    await expect(page).toHaveTitle("About · Django on the Adriatic");
    const headerColour = await page.getByRole("banner").evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(headerColour).toBe("rgb(90, 30, 14)");
  } finally {
    // Other tests share this server: put the settings back.
    await page.goto("/admin/settings");
    await page.getByLabel("Site name").fill(before.name);
    await page.getByLabel("Accent colour").fill(before.accent);
    await page.getByRole("button", { name: "Save settings" }).click();
    await expect(page.getByText("Saved. Every page and new email uses the new settings.")).toBeVisible();
  }
});
