import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { createPublishedEdition, signInAsOrganizer } from "./support/admin";
import { followEmailLink, openEmail } from "./support/mailbox";
import { registerAndConfirm } from "./support/registration";
import { FAILING, READY } from "../fixtures/test-run-outputs";

// "Ready to sprint" (issue 32): an attendee ticks the set-up steps on their manage page and
// pastes the end of a test run; the site reads it; an organizer sees it in the readiness grid.

async function expectNoAxeViolations(page: Page) {
  await expect(page).toHaveTitle(/\S/);
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21aa"]).analyze();
  expect(
    results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`),
  ).toEqual([]);
}

const TROUBLESHOOTING =
  "https://docs.djangoproject.com/en/dev/internals/contributing/writing-code/unit-tests/#troubleshooting";
const NEWCOMER = "nina.bari@example.org";
const HELPER = "hugo.bari@example.org";

test.describe.configure({ mode: "serial" });
let editionUrl = "";

const checklist = (page: Page) => page.getByRole("region", { name: "Ready to sprint" });
const verdict = (page: Page) => checklist(page).getByRole("status").filter({ hasText: "Test suite:" });

test("an organizer opens an edition and a newcomer registers", async ({ page, browser }) => {
  test.slow(); // a registration and an organizer on two cores: the budget is a ceiling against hangs
  const organizerContext = await browser.newContext();
  const organizer = await organizerContext.newPage();
  await signInAsOrganizer(organizer);
  editionUrl = await createPublishedEdition(organizer, {
    name: "Django on the Med: Bari",
    slug: "bari",
    city: "Bari",
    firstDay: "2031-03-02",
    lastDay: "2031-03-03",
    places: "10",
  });
  await organizerContext.close();
  await registerAndConfirm(page, "bari", "Nina Greco", NEWCOMER);
});

test("someone who can help others set up registers, ticking that answer", async ({ page }) => {
  test.slow(); // a registration on two cores: the budget is a ceiling against hangs
  await registerAndConfirm(page, "bari", "Hugo Conti", HELPER, {
    experience: "I contribute regularly",
    canHelpSetUp: true,
  });
});

test("the newcomer ticks the steps by keyboard and pastes a failing run: runs, with failures", async ({ page }) => {
  test.slow(); // axe twice and a save on two cores: the budget is a ceiling against hangs
  await openEmail(page, NEWCOMER, /You're in/);
  await followEmailLink(page, /\/registrations\/manage\//);
  await expect(checklist(page).getByRole("heading", { name: "Ready to sprint" })).toBeVisible();
  await expect(verdict(page)).toHaveAttribute("aria-live", "polite");
  await expect(verdict(page)).toContainText("Test suite: Not checked yet");
  await expectNoAxeViolations(page);

  // By keyboard: each step's box is reached and ticked without a mouse.
  const first = checklist(page).getByRole("checkbox", { name: "A GitHub account" });
  await first.focus();
  await page.keyboard.press("Space");
  await page.keyboard.press("Tab");
  await expect(checklist(page).getByRole("checkbox", { name: "A fork and a clone of django/django" })).toBeFocused();
  await page.keyboard.press("Space");
  await page.keyboard.press("Tab");
  await page.keyboard.press("Space");
  await expect(checklist(page).getByRole("checkbox", { name: /virtual environment/ })).toBeChecked();

  const output = checklist(page).getByLabel("The end of your ./runtests.py output (optional)");
  await output.fill(FAILING.failures);
  await checklist(page).getByRole("button", { name: "Save my checklist" }).click();
  await expect(verdict(page)).toContainText("Test suite: Runs, with failures");
  await expect(verdict(page)).toContainText("Ran 17250 tests in 318.001s");
  await expect(verdict(page).getByRole("link", { name: /help on common set-up problems/ })).toHaveAttribute(
    "href",
    TROUBLESHOOTING,
  );
  await expectNoAxeViolations(page);
});

test("a paste with no verdict says what to paste; a passing run: ready", async ({ page }) => {
  test.slow(); // axe twice and two saves on two cores: the budget is a ceiling against hangs
  await openEmail(page, NEWCOMER, /You're in/);
  await followEmailLink(page, /\/registrations\/manage\//);
  const output = checklist(page).getByLabel("The end of your ./runtests.py output (optional)");
  await expect(verdict(page)).toContainText("Test suite: Runs, with failures");

  // A paste with no verdict: the field says what to paste, and the focus goes to it.
  await output.fill("Ran 17250 tests in 312.482s\n\nNOT OK\n");
  await checklist(page).getByRole("button", { name: "Save my checklist" }).click();
  await expect(checklist(page).getByText(/and found “NOT OK”/)).toBeVisible();
  await expect(output).toBeFocused();
  await expect(output).toHaveAttribute("aria-invalid", "true");
  await expect(verdict(page)).toContainText("Runs, with failures"); // unchanged
  await expectNoAxeViolations(page);

  await output.fill(READY.skippedAndExpected);
  await output.press("Tab");
  await expect(checklist(page).getByRole("button", { name: "Save my checklist" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(verdict(page)).toContainText("Test suite: Ready. You are ready to sprint!");
  await expect(verdict(page)).toContainText("OK (skipped=1238, expected failures=5)");
  await expect(verdict(page).getByRole("link")).toHaveCount(0);
  await expectNoAxeViolations(page);

  await page.reload();
  await expect(checklist(page).getByRole("checkbox", { name: "A GitHub account" })).toBeChecked();
  await expect(verdict(page)).toContainText("Test suite: Ready");
});

test("an organizer sees both in the readiness grid of the tables page", async ({ page }) => {
  test.slow(); // signing in and axe on two cores: the budget is a ceiling against hangs
  await signInAsOrganizer(page);
  await page.goto(`${editionUrl}/tables`);
  await page.getByRole("link", { name: /Ready to sprint/ }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Ready to sprint: Bari");
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
