import { expectNoAxeViolations } from "./support/axe";
import { expect, test, type Page } from "@playwright/test";
import { createPublishedEdition, signInAsOrganizer } from "./support/admin";
import { followEmailLink, openEmail } from "./support/mailbox";
import { registerAndConfirm } from "./support/registration";
import { FAILING, READY } from "../fixtures/test-run-outputs";

// "Ready to sprint" (issue 32): an attendee ticks the set-up steps on their manage page and
// pastes the end of a test run; the site reads it; an organizer sees it in the readiness grid.

const TROUBLESHOOTING =
  "https://docs.djangoproject.com/en/dev/internals/contributing/writing-code/unit-tests/#troubleshooting";
const NEWCOMER = "nina.matera@example.org";
const HELPER = "hugo.matera@example.org";

test.describe.configure({ mode: "serial" });
let editionUrl = "";

const checklist = (page: Page) => page.getByRole("region", { name: "Ready to sprint" });
const verdict = (page: Page) => checklist(page).getByRole("status").filter({ hasText: "Test suite:" });

const openManagePage = async (page: Page) => {
  await openEmail(page, NEWCOMER, /You're in/);
  await followEmailLink(page, /\/registrations\/manage\//);
};
const output = (page: Page) => checklist(page).getByLabel("The end of your ./runtests.py output (optional)");
const save = (page: Page) => checklist(page).getByRole("button", { name: "Save my checklist" });

test("an organizer opens an edition", async ({ page }) => {
  test.slow(); // signing in and the first pages after start-up on two cores: the budget is a ceiling against hangs
  await signInAsOrganizer(page);
  editionUrl = await createPublishedEdition(page, {
    name: "Django on the Med: Matera",
    slug: "matera",
    city: "Matera",
    firstDay: "2031-03-02",
    lastDay: "2031-03-03",
    places: "10",
  });
});

test("a newcomer registers", async ({ page }) => {
  test.slow(); // a registration on two cores: the budget is a ceiling against hangs
  await registerAndConfirm(page, "matera", "Nina Greco", NEWCOMER);
});

test("someone who can help others set up registers, ticking that answer", async ({ page }) => {
  test.slow(); // a registration on two cores: the budget is a ceiling against hangs
  await registerAndConfirm(page, "matera", "Hugo Conti", HELPER, {
    experience: "I contribute regularly",
    canHelpSetUp: true,
  });
});

test("the newcomer ticks the three steps by keyboard and saves them", async ({ page }) => {
  test.slow(); // axe and a save on two cores: the budget is a ceiling against hangs
  await openManagePage(page);
  await expect(checklist(page).getByRole("heading", { name: "Ready to sprint" })).toBeVisible();
  await expect(verdict(page)).toHaveAttribute("aria-live", "polite");
  await expect(verdict(page)).toContainText("Test suite: Not checked yet");
  await expectNoAxeViolations(page);

  // Each step's box is reached and ticked without a mouse, and the form is sent from the keyboard.
  await checklist(page).getByRole("checkbox", { name: "A GitHub account" }).focus();
  await page.keyboard.press("Space");
  await page.keyboard.press("Tab");
  await expect(checklist(page).getByRole("checkbox", { name: "A fork and a clone of django/django" })).toBeFocused();
  await page.keyboard.press("Space");
  await page.keyboard.press("Tab");
  await page.keyboard.press("Space");
  await expect(checklist(page).getByRole("checkbox", { name: /virtual environment/ })).toBeChecked();
  await page.keyboard.press("Tab");
  await expect(output(page)).toBeFocused();
  await page.keyboard.press("Tab");
  await expect(save(page)).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(checklist(page).getByRole("status").filter({ hasText: "Your checklist is saved." })).toBeVisible();
  await expect(verdict(page)).toContainText("Test suite: Not checked yet");
});

test("the newcomer pastes a failing run: runs, with failures, and the troubleshooting link", async ({ page }) => {
  test.slow(); // axe and a save on two cores: the budget is a ceiling against hangs
  await openManagePage(page);
  await expect(checklist(page).getByRole("checkbox", { name: "A GitHub account" })).toBeChecked();
  await output(page).fill(FAILING.failures);
  await save(page).click();
  await expect(verdict(page)).toContainText("Test suite: Runs, with failures");
  await expect(verdict(page)).toContainText("Ran 17250 tests in 318.001s");
  await expect(verdict(page).getByRole("link", { name: /help on common set-up problems/ })).toHaveAttribute(
    "href",
    TROUBLESHOOTING,
  );
  await expectNoAxeViolations(page);
});

test("a paste with no verdict says what to paste, on the field, and keeps the verdict", async ({ page }) => {
  test.slow(); // axe and a save on two cores: the budget is a ceiling against hangs
  await openManagePage(page);
  await expect(verdict(page)).toContainText("Test suite: Runs, with failures");
  await output(page).fill("Ran 17250 tests in 312.482s\n\nNOT OK\n");
  await save(page).click();
  await expect(checklist(page).getByText(/and found “NOT OK”/)).toBeVisible();
  await expect(output(page)).toBeFocused();
  await expect(output(page)).toHaveAttribute("aria-invalid", "true");
  await expect(verdict(page)).toContainText("Runs, with failures"); // unchanged
  await expectNoAxeViolations(page);
});

test("the newcomer pastes a passing run: ready", async ({ page }) => {
  test.slow(); // axe and a save on two cores: the budget is a ceiling against hangs
  await openManagePage(page);
  await output(page).fill(READY.skippedAndExpected);
  await save(page).click();
  await expect(verdict(page)).toContainText("Test suite: Ready. You are ready to sprint!");
  await expect(verdict(page)).toContainText("OK (skipped=1238, expected failures=5)");
  await expect(verdict(page).getByRole("link")).toHaveCount(0);
  await expectNoAxeViolations(page);
  await page.reload();
  await expect(verdict(page)).toContainText("Test suite: Ready");
});

test("an organizer sees both in the readiness grid of the tables page", async ({ page }) => {
  test.slow(); // signing in and axe on two cores: the budget is a ceiling against hangs
  await signInAsOrganizer(page);
  await page.goto(`${editionUrl}/tables`);
  await page.getByRole("link", { name: /Ready to sprint/ }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Ready to sprint: Matera");
  await expect(page.getByRole("heading", { level: 2 })).toContainText("1 of 2 ready");
  const table = page.getByRole("region", { name: /^Table 1, / });
  const row = (name: string) => table.getByRole("row", { name: new RegExp(name) });
  await expect(row("Nina Greco").getByRole("cell")).toHaveText(["Yes", "Yes", "Yes", /^ReadyRan 17250 tests/, "No"]);
  await expect(row("Hugo Conti").getByRole("cell")).toHaveText(["No", "No", "No", "Not checked yet", "Yes"]);
  await expectNoAxeViolations(page);

  await page.getByRole("navigation", { name: "Days" }).getByRole("link").nth(1).click();
  await expect(page).toHaveURL(/day=2031-03-03/);
  await expect(page.getByRole("heading", { level: 2 })).toContainText("1 of 2 ready");
});
