import { expect, test, type Browser, type Page } from "@playwright/test";
import { createPublishedEdition, signInAsOrganizer } from "./support/admin";
import { followEmailLink, openEmail } from "./support/mailbox";
import { registerAndConfirm } from "./support/registration";
import { expectSweptClean } from "./support/sweep-checks";

// Travel grants, step by step (serial): an organizer opens them with a budget, a person asks from
// their manage page, the organizer decides within the budget and records the payment, and the
// sponsor report shows no totals before the edition ends (nor ever with fewer than 5 grants).
test.describe.configure({ mode: "serial" });
const PERSON = { name: "Zeynep Siracusa", email: "zeynep.siracusa@example.org" };
const REASON = "Two trains and a ferry from Izmir";
let grantsUrl = "";
let organizer: { page: Page; close: () => Promise<void> } | undefined;

async function asOrganizer(browser: Browser) {
  if (organizer) return organizer.page;
  const context = await browser.newContext({ viewport: { width: 320, height: 900 } });
  const page = await context.newPage();
  await signInAsOrganizer(page);
  organizer = { page, close: () => context.close() };
  return page;
}

test.afterAll(async () => organizer?.close());

test("an organizer opens travel grants with a budget on a published edition", async ({ browser }) => {
  test.slow(); // signing in and creating an edition through the mailbox, on two cores
  const page = await asOrganizer(browser);
  const adminUrl = await createPublishedEdition(page, {
    name: "Django on the Med: Siracusa",
    slug: "siracusa",
    city: "Siracusa",
    firstDay: "2031-03-10",
    lastDay: "2031-03-11",
    places: "10",
  });
  grantsUrl = `${adminUrl}/grants`;
  await page.goto(grantsUrl);
  await page.getByRole("checkbox", { name: "Open travel grant requests for this edition" }).check();
  await page.getByLabel("Budget (whole euros)").fill("300");
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByText("Saved.")).toBeVisible();
  await expectSweptClean(page, 320);
});

test("a person registers, confirms and asks for a grant from their page", async ({ page }) => {
  test.slow(); // a registration through the mailbox, then axe: 15 s here on a busy two-core machine
  await page.setViewportSize({ width: 320, height: 900 });
  await registerAndConfirm(page, "siracusa", PERSON.name, PERSON.email);
  await openEmail(page, PERSON.email, /You're in/);
  await followEmailLink(page, /\/registrations\/manage\//);
  const section = page.getByRole("region", { name: "Travel grant" });
  await section.getByLabel("Amount (whole euros)").fill("400");
  await section.getByLabel("Why would a grant help?").fill(REASON);
  await section.getByRole("button", { name: "Ask for a travel grant" }).click();
  await expect(section.getByText("Your request is sent.")).toBeVisible();
  await expect(section.getByText("You asked for 400 €. Waiting for a decision.")).toBeVisible();
  await expectSweptClean(page, 320);
});

test("the organizer reads the reason, is refused beyond the budget and grants within it", async ({ browser, page }) => {
  const admin = await asOrganizer(browser);
  await admin.goto(grantsUrl);
  const request = admin.getByRole("article", { name: PERSON.name });
  await expect(request.getByText(REASON)).toBeVisible();
  await expect(request.getByLabel("Amount to grant (euros)")).toHaveValue("400");
  await request.getByRole("button", { name: "Grant" }).click();
  await expect(request.getByText("That is more than the budget has left. Left: 300 €.")).toBeVisible();
  await request.getByLabel("Amount to grant (euros)").fill("250");
  await request.getByRole("button", { name: "Grant" }).click();
  await expect(request.getByText("Granted: 250 €, not paid yet")).toBeVisible();
  await expectSweptClean(admin, 320);
  await openEmail(page, PERSON.email, /Your travel grant for Django on the Med: Siracusa/);
  // The paragraph, not the preheader (hidden) that says the same.
  await expect(page.getByRole("paragraph").filter({ hasText: "a travel grant of 250 €" }).first()).toBeVisible();
});

test("the organizer marks it paid, and the public report shows no totals before the end", async ({ browser, page }) => {
  const admin = await asOrganizer(browser);
  await admin.goto(grantsUrl);
  const request = admin.getByRole("article", { name: PERSON.name });
  await request.getByLabel("Paid on").fill("2031-01-14");
  await request.getByRole("button", { name: "Mark paid" }).click();
  await expect(request.getByText("Granted: 250 €, paid on 2031-01-14")).toBeVisible();

  // The edition has not ended, and one grant would tell its amount: the report shows no grant totals.
  await page.goto("/editions/siracusa/report");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(page.getByRole("region", { name: "Travel grants" })).toHaveCount(0);
  await expect(page.getByRole("main")).not.toContainText("250 €");
  await expect(page.getByRole("main")).not.toContainText(PERSON.name);
  await expect(page.getByRole("main")).not.toContainText("Zeynep");
});
