import { readFile } from "node:fs/promises";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { extractText, getDocumentProxy } from "unpdf";
import { createPublishedEdition, signInAsOrganizer } from "./support/admin";
import { followEmailLink, openEmail } from "./support/mailbox";
import { registerAndConfirm } from "./support/registration";
import { expectSweptClean } from "./support/sweep-checks";

// An edition made ahead of the tests' clock (it starts at 2031-01-15, see playwright.config.ts):
// two people register, then organizers move it to the first days of January, so that it has
// ended, and check both in. One credits an outcome, downloads a certificate and has its full
// name confirmed on the certificate's page. Serial steps, each starting from what the last made.
test.describe.configure({ mode: "serial" });

const run = Math.random().toString(36).slice(2, 8); // a retried run makes its own edition and people
const slug = `trani-${run}`;
const NAME = "Łukasz Çağrı Ñúñez";
const lukasz = `lukasz-${run}@example.org`;
const grace = `grace-${run}@example.org`;
const WIDTH = 320;
let editionUrl = "";
let manageUrl = "";
let certificateUrl = "";

async function asOrganizer(browser: Browser): Promise<{ page: Page; close: () => Promise<void> }> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signInAsOrganizer(page);
  return { page, close: () => context.close() };
}

test("an organizer publishes an edition ahead of the clock", async ({ browser }) => {
  test.slow(); // a sign-in through the mailbox and an edition made: the budget is a ceiling against hangs
  const organizer = await asOrganizer(browser);
  editionUrl = await createPublishedEdition(organizer.page, {
    name: `Django on the Med: Trani ${run}`,
    slug,
    city: "Trani",
    firstDay: "2031-01-20",
    lastDay: "2031-01-22",
    places: "10",
  });
  await organizer.close();
});

test("Łukasz registers; before the edition his manage page says nothing of certificates", async ({ page }) => {
  test.slow(); // a registration through the mailbox: the budget is a ceiling against hangs
  await registerAndConfirm(page, slug, NAME, lukasz);
  await openEmail(page, lukasz, /You're in/);
  await followEmailLink(page, /\/registrations\/manage\//);
  manageUrl = page.url();
  await expect(page.getByRole("region", { name: "Your certificate" })).toHaveCount(0);
});

test("Grace registers", async ({ page }) => {
  test.slow(); // a registration through the mailbox: the budget is a ceiling against hangs
  await registerAndConfirm(page, slug, "Grace Hopper", grace);
});

test("the edition ends, and an organizer checks both in at the door", async ({ browser }) => {
  test.slow(); // a sign-in, an edition edited and two check-ins: the budget is a ceiling against hangs
  const organizer = await asOrganizer(browser);
  await organizer.page.goto(editionUrl);
  await organizer.page.getByLabel("First day").fill("2031-01-01");
  await organizer.page.getByLabel("Last day").fill("2031-01-03");
  await organizer.page.getByRole("button", { name: "Save changes" }).click();
  await expect(organizer.page.getByText("Saved. The public pages show the change now.")).toBeVisible();
  await organizer.page.goto(`${editionUrl}/check-in?day=2031-01-02`);
  for (const name of [NAME, "Grace Hopper"]) {
    await organizer.page.getByRole("button", { name: `Check in ${name}` }).click();
    await expect(organizer.page.getByRole("button", { name: `✓ Here ${name}` })).toBeVisible();
  }
  await organizer.close();
});

test("Łukasz notes his pull request under What you worked on, and is offered a certificate", async ({ browser }) => {
  test.slow(); // an outcome added and the page checked with axe: the budget is a ceiling against hangs
  const context = await browser.newContext({ viewport: { width: WIDTH, height: 800 } });
  const page = await context.newPage();
  await page.goto(manageUrl);
  const outcomes = page.getByRole("region", { name: "What you worked on" });
  await outcomes.getByLabel("Title").fill("Fixed #36012 -- Made bulk_create() honour db_default");
  await outcomes.getByLabel("Link (optional)").fill("https://github.com/django/django/pull/19012");
  await outcomes.getByRole("button", { name: "Add outcome" }).click();
  await expect(outcomes.getByRole("status").first()).toHaveText(
    'Added "Fixed #36012 -- Made bulk_create() honour db_default". Thank you!',
  );
  await page.reload();
  await expect(page.getByRole("region", { name: "Your certificate" })).toContainText(
    "A certificate of your attendance",
  );
  await expectSweptClean(page, WIDTH);
  await context.close();
});

test("Łukasz downloads his certificate: his name, the edition, his day and his pull request", async ({ page }) => {
  await page.goto(manageUrl);
  const section = page.getByRole("region", { name: "Your certificate" });
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    section.getByRole("button", { name: "Download your certificate (PDF)" }).click(),
  ]);
  const bytes = await readFile((await download.path())!);
  await download.saveAs(test.info().outputPath("certificate.pdf"));
  const pdf = await getDocumentProxy(new Uint8Array(bytes));
  const text = (await extractText(pdf, { mergePages: true })).text.replace(/\s+/g, " ");
  expect(text).toContain("Certificate of attendance and contribution");
  expect(text).toContain(NAME);
  expect(text).toMatch(
    new RegExp(`took part in Django on the Med: Trani ${run}, in Trani, Italy, 1 ?– ?3 January 2031`),
  );
  expect(text).toMatch(/Day checked in • Thursday,? 2 January 2031 Work credited/);
  expect(text).toContain("Pull request, open: Fixed #36012 -- Made bulk_create() honour db_default");
  expect(text).toContain("https://github.com/django/django/pull/19012");
  // The organizer signed in through ORGANIZER_EMAILS gave no name: the organizers as a body.
  expect(text).toContain("Attendance recorded at the door by the organizers of Django on the Med.");
  expect(text).toContain("Issued on 15 January 2031.");
  certificateUrl = /https?:\/\/\S+\/certificates\/([a-z2-7]{26})/.exec(text)![0];

  // The manage page now names it.
  await page.reload();
  await expect(section.getByRole("link", { name: new URL(certificateUrl).pathname })).toBeVisible();
});

/** The certificate's page at 320 px, as the accessibility sweep sees pages. */
async function certificatePage(browser: Browser, path: string) {
  const context = await browser.newContext({ viewport: { width: WIDTH, height: 800 } });
  const page = await context.newPage();
  await page.goto(path);
  return { page, main: page.getByRole("main"), close: () => context.close() };
}

test("the certificate's page shows what it printed, as of its date, with the first name only", async ({ browser }) => {
  const { page, main, close } = await certificatePage(browser, new URL(certificateUrl).pathname);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Certificate of attendance and contribution");
  await expect(main).toContainText("as of 15 January 2031");
  await expect(main).toContainText("Łukasz");
  await expect(main).not.toContainText("Ñúñez");
  await expect(main).toContainText("Pull request, open: Fixed #36012");
  await expectSweptClean(page, WIDTH);
  await close();
});

test("the certificate's page confirms the full name typed as printed, and only that", async ({ browser }) => {
  test.slow(); // two answers and the page checked with axe: the budget is a ceiling against hangs
  const { page, main, close } = await certificatePage(browser, new URL(certificateUrl).pathname);
  const name = main.getByRole("textbox", { name: "Full name" });
  await name.fill("Łukasz Cagri Nunez");
  await main.getByRole("button", { name: "Check the name" }).click();
  await expect(main.getByRole("status")).toHaveText(/^No: this is not the name printed on the certificate/);
  await name.fill("  łukasz   ÇAĞRI  ñúñez");
  await main.getByRole("button", { name: "Check the name" }).click();
  await expect(main.getByRole("status")).toHaveText("Yes: this is the full name printed on the certificate.");
  await expectSweptClean(page, WIDTH);
  await close();
});

test("an address that is no certificate says so", async ({ browser }) => {
  const { page, main, close } = await certificatePage(browser, `/certificates/${"b".repeat(26)}`);
  await expect(main.getByRole("status")).toHaveText("Not a certificate of this site.");
  await expectSweptClean(page, WIDTH);
  await close();
});
