import { readFile } from "node:fs/promises";
import { expect, test, type Browser } from "@playwright/test";
import { extractText, getDocumentProxy } from "unpdf";
import { createPublishedEdition, LOCAL_ORGANIZER, signInAsOrganizer } from "./support/admin";
import { followEmailLink, openEmail } from "./support/mailbox";
import { registerAndConfirm } from "./support/registration";
import { expectSweptClean } from "./support/sweep-checks";

// An organizer names the organizing body and turns letters on; a confirmed attendee asks for an
// invitation letter; the organizer approves it; the attendee is emailed (a link, no passport
// number) and downloads the PDF. Serial steps, each starting from what the last made. The tests'
// clock starts at 2031-01-15 (playwright.config.ts): the edition is in February.
test.describe.configure({ mode: "serial" });

const run = Math.random().toString(36).slice(2, 8); // a retried run makes its own edition and person
const slug = `girona-${run}`;
const NAME = "Łukasz Çağrı Ñúñez";
const PASSPORT = "U48213967";
const email = `lukasz-visa-${run}@example.org`;
const WIDTH = 320;
let editionUrl = "";
let manageUrl = "";

async function asOrganizer(browser: Browser) {
  const context = await browser.newContext({ viewport: { width: WIDTH, height: 800 } });
  const page = await context.newPage();
  await signInAsOrganizer(page);
  return { page, close: () => context.close() };
}

test("an organizer names the organizing body and turns letters on", async ({ browser }) => {
  test.slow(); // a sign-in through the mailbox and an edition made: the budget is a ceiling against hangs
  const organizer = await asOrganizer(browser);
  editionUrl = await createPublishedEdition(organizer.page, {
    name: `Django on the Med: Girona ${run}`,
    slug,
    city: "Girona",
    firstDay: "2031-02-10",
    lastDay: "2031-02-12",
    places: "10",
  });
  const page = organizer.page;
  await page.goto("/admin/settings");
  await page.getByLabel("Legal name of the organizing body").fill("Associació Django on the Med");
  await page.getByLabel("Postal address of the organizing body").fill("Carrer del Port 12\n17001 Girona\nSpain");
  await page.getByRole("checkbox", { name: "Offer visa invitation letters" }).check();
  await page.getByRole("button", { name: "Save settings" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Saved." })).toBeVisible();
  await organizer.close();
});

test("Łukasz registers and confirms", async ({ page }) => {
  test.slow(); // a registration through the mailbox: the budget is a ceiling against hangs
  await registerAndConfirm(page, slug, NAME, email);
  await openEmail(page, email, /You're in/);
  await followEmailLink(page, /\/registrations\/manage\//);
  manageUrl = page.url();
});

test("he asks for a letter from his manage page", async ({ browser }) => {
  test.slow(); // the form sent and the page checked with axe
  const context = await browser.newContext({ viewport: { width: WIDTH, height: 800 } });
  const page = await context.newPage();
  await page.goto(manageUrl);
  const section = page.getByRole("region", { name: "Invitation letter for a visa" });
  await section.getByLabel("Full name, exactly as in your passport").fill(NAME);
  await section.getByLabel("Nationality").fill("Turkish");
  await section.getByLabel("Passport number").fill(PASSPORT);
  await section.getByLabel("Date of birth").fill("1990-04-17");
  await section.getByLabel("Consulate or embassy the letter is for").fill("Consulate General of Spain in Istanbul");
  await section.getByLabel("The day you arrive").fill("2031-02-09");
  await section.getByLabel("The day you leave").fill("2031-02-13");
  await section.getByRole("button", { name: "Ask for an invitation letter" }).click();
  await expect(page.getByText("Your request for an invitation letter is sent")).toBeVisible();
  await expect(section).toContainText("Asked: an organizer will look at it soon.");
  await expect(section).not.toContainText(PASSPORT);
  await expectSweptClean(page, WIDTH);
  await context.close();
});

test("an organizer declines it with a note; he is emailed, reads the note on his page and corrects", async ({
  browser,
  page,
}) => {
  test.slow(); // a sign-in and a message through the mailbox, the form sent again
  const organizer = await asOrganizer(browser);
  await organizer.page.goto(`${editionUrl}/visa-letters`);
  const request = organizer.page.getByRole("region", { name: NAME });
  await request.getByLabel(`Why you decline ${NAME}'s request`).fill("Please name the consulate's city.");
  await request.getByRole("button", { name: "Decline" }).click();
  await expect(organizer.page.getByText("Declined: they see your note on their page")).toBeVisible();
  await organizer.close();

  // The email says there is an answer and links to it; the note and the request stay on the page.
  await openEmail(page, email, /About your invitation letter for /);
  await expect(page.getByRole("main")).not.toContainText(PASSPORT);
  await expect(page.getByRole("main")).not.toContainText("consulate's city");
  await followEmailLink(page, "Open your registration page");
  const section = page.getByRole("region", { name: "Invitation letter for a visa" });
  await expect(section).toContainText("The organizers wrote: Please name the consulate's city.");
  await section.getByLabel("Passport number").fill(PASSPORT);
  await section.getByLabel("Date of birth").fill("1990-04-17");
  await section.getByLabel("Consulate or embassy the letter is for").fill("Consulate General of Spain in Istanbul");
  await section.getByRole("button", { name: "Correct my request" }).click();
  await expect(section).toContainText("Asked: an organizer will look at it soon.");
});

test("an organizer sees the request and approves it", async ({ browser }) => {
  test.slow(); // a sign-in through the mailbox and the page checked with axe
  const organizer = await asOrganizer(browser);
  const page = organizer.page;
  await page.goto(`${editionUrl}/visa-letters`);
  const request = page.getByRole("region", { name: NAME });
  await expect(request).toContainText(PASSPORT);
  await expect(request).toContainText("17 April 1990");
  await expectSweptClean(page, WIDTH);
  await request.getByRole("button", { name: `Approve the letter for ${NAME}` }).click();
  await expect(page.getByText("Approved: they are emailed that their letter is ready.")).toBeVisible();
  await organizer.close();
});

test("the ready email holds a link and no passport number; the attendee downloads the letter", async ({ page }) => {
  test.slow(); // a message through the mailbox and a PDF read back
  await openEmail(page, email, /Your invitation letter for .* is ready/);
  await expect(page.getByRole("main")).not.toContainText(PASSPORT);
  await expect(page.getByRole("main")).not.toContainText("Łukasz");
  await followEmailLink(page, "Open your registration page");
  const section = page.getByRole("region", { name: "Invitation letter for a visa" });
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    section.getByRole("button", { name: "Download your invitation letter (PDF)" }).click(),
  ]);
  const bytes = await readFile((await download.path())!);
  const text = (await extractText(await getDocumentProxy(new Uint8Array(bytes)), { mergePages: true })).text.replace(
    /\s+/g,
    " ",
  );
  expect(text).toContain(NAME);
  expect(text).toContain(PASSPORT);
  expect(text).toContain("Associació Django on the Med");
  expect(text).toMatch(/from 10 ?– ?12 February 2031/);
  expect(text).toContain("from 9 February 2031 to 13 February 2031");
  expect(text).toContain("Attendance is free of charge");
  // The organizer signed in through ORGANIZER_EMAILS gave no name: the letter is signed with their address.
  expect(text).toContain(LOCAL_ORGANIZER);
});
