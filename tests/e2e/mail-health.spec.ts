import { expectNoAxeViolations } from "./support/axe";
import { expect, test } from "@playwright/test";
import { signInAsOrganizer } from "./support/admin";

test("an organizer finds the mail health page from the dashboard: the outbox by status and the relay's state", async ({
  page,
}) => {
  await signInAsOrganizer(page);
  await page.getByRole("link", { name: "Mail health" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Mail health");
  await expect(page.getByText("The mail relay works: the last try to send went through.")).toBeVisible();
  const outbox = page.getByRole("region", { name: "The outbox" });
  // The sign-in link reached the organizer through the outbox, so at least one is sent.
  const sent = Number(await outbox.getByRole("definition").nth(2).textContent());
  expect(sent).toBeGreaterThan(0);
  await expect(page.getByRole("heading", { name: "Failed messages" })).toBeVisible();
  await expectNoAxeViolations(page);
});
