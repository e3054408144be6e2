import { expect, test, type Browser, type Page } from "@playwright/test";
import { createPublishedEdition, signInAsOrganizer } from "./support/admin";
import { followEmailLink, openEmail } from "./support/mailbox";
import { expectSweptClean } from "./support/sweep-checks";

// Selection by application (docs/applications.md). The clock starts at 2031-01-15, before the
// deadline, so every decision here is an early one: the three applicants need a visa letter.
// Serial steps, each starting from what the last made.
test.describe.configure({ mode: "serial" });

const run = Math.random().toString(36).slice(2, 8); // a retried run makes its own edition and people
const slug = `vieste-${run}`;
const WIDTH = 320;
const people = {
  ana: { name: `Ana ${run}`, email: `ana-${run}@example.org`, experience: "This would be my first contribution" },
  ben: { name: `Ben ${run}`, email: `ben-${run}@example.org`, experience: "I contribute regularly" },
  cleo: { name: `Cleo ${run}`, email: `cleo-${run}@example.org`, experience: "I have contributed a few times" },
};
let editionUrl = "";

async function asOrganizer(browser: Browser): Promise<{ page: Page; close: () => Promise<void> }> {
  const context = await browser.newContext({ viewport: { width: WIDTH, height: 900 } });
  const page = await context.newPage();
  await signInAsOrganizer(page);
  return { page, close: () => context.close() };
}

test("an organizer opens an edition by application, with its question, deadline and days", async ({ browser }) => {
  test.slow(); // a sign-in through the mailbox and an edition made: the budget is a ceiling against hangs
  const organizer = await asOrganizer(browser);
  const { page } = organizer;
  editionUrl = await createPublishedEdition(page, {
    name: `Django on the Med: Vieste ${run}`,
    slug,
    city: "Vieste",
    firstDay: "2031-06-02",
    lastDay: "2031-06-04",
    places: "2",
  });
  await page.getByRole("radio", { name: /By application/ }).check();
  await page.getByLabel("Application deadline (venue time)").fill("2031-06-02T12:00");
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByLabel("Application deadline (venue time)")).toHaveAccessibleDescription(
    /The deadline must be before the first day/,
  );
  await page.getByLabel("Application deadline (venue time)").fill("2031-05-01T12:00");
  await page.getByLabel("Days to confirm an accepted place").fill("5");
  await page.getByLabel("Your question on the application form").fill("What would you like to work on?");
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByText("Saved. The public pages show the change now.")).toBeVisible();
  await organizer.close();
});

for (const key of ["ana", "ben", "cleo"] as const) {
  test(`${key} applies and confirms their address`, async ({ page }) => {
    test.slow(); // a form, a message through the mailbox and a confirmation (and axe, for ana): 11–18 s on CI
    const person = people[key];
    if (key === "ana") {
      // The public edition page asks people to apply, not to register.
      await page.goto(`/editions/${slug}`);
      await page.getByRole("main").getByRole("link", { name: "Apply", exact: true }).click();
    } else await page.goto(`/editions/${slug}/register`);
    const main = page.getByRole("main");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Apply for Vieste");
    await main.getByLabel("Your name").fill(person.name);
    await main.getByLabel("Email").fill(person.email);
    await main.getByLabel("City you come from").fill("Tunis");
    await main.getByLabel("Country").fill(key === "cleo" ? "Egypt" : "Tunisia");
    await page.getByRole("radio", { name: person.experience }).check();
    await main.getByLabel("What would you like to work on?").fill("The ORM's composite keys");
    await page.getByRole("checkbox", { name: "I will need a visa invitation letter" }).check();
    await page.getByRole("checkbox", { name: /I have read and accept the code of conduct/ }).check();
    if (key === "ana") await expectSweptClean(page, WIDTH);
    await page.getByRole("button", { name: "Apply" }).click();
    await expect(main.getByRole("status").filter({ hasText: "Check your email" })).toContainText(person.email);
    await openEmail(page, person.email, /Confirm your application/);
    await followEmailLink(page, "Confirm my application");
    await page.getByRole("button", { name: "Confirm my application" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Application received");
    await expect(
      page.getByRole("status").filter({ hasText: "You will hear from us by Thursday, 1 May 2031" }),
    ).toBeVisible();
    await openEmail(page, person.email, /Application received/);
  });
}

test("the organizer filters, marks, previews the room, and accepts and declines (no early waitlisting)", async ({
  browser,
}) => {
  test.slow(); // a sign-in through the mailbox, then four submits of the review form
  const organizer = await asOrganizer(browser);
  const { page } = organizer;
  await page.goto(`${editionUrl}/applications`);
  await expect(page.getByText("Last useful date for early decisions")).toContainText("Monday, 21 April 2031");
  const applications = page.getByRole("region", { name: "Applications" });
  const room = page.getByRole("region", { name: /The room with the/ });

  await page.getByLabel("First-timer").selectOption("Experienced");
  await page.getByRole("button", { name: "Filter" }).click();
  await expect(applications.getByRole("checkbox")).toHaveCount(2);
  await expect(applications).not.toContainText(people.ana.name);

  await page.getByLabel("First-timer").selectOption("Any");
  await page.getByRole("button", { name: "Filter" }).click();
  await expect(applications.getByRole("checkbox")).toHaveCount(3);
  await page.getByRole("checkbox", { name: `Mark ${people.ana.name}` }).check();
  await page.getByRole("checkbox", { name: `Mark ${people.cleo.name}` }).check();
  await page.getByRole("button", { name: "Preview the room" }).click();
  await expect(room.getByRole("heading")).toHaveText("The room with the 2 marked people accepted");
  await expect(room).toContainText("First-timers / experienced1 / 1");
  await expect(room).toContainText("Egypt 1, Tunisia 1");
  await expectSweptClean(page, WIDTH);

  await page.getByRole("checkbox", { name: `Mark ${people.cleo.name}` }).uncheck();
  await page.getByRole("button", { name: "Accept the marked" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Accepted" })).toContainText(people.ana.name);

  // Before the deadline nobody is put on the waiting list (an early number would jump the queue).
  await expect(page.getByRole("button", { name: "Put the marked on the waiting list" })).toHaveCount(0);
  await expect(page.getByText("nobody is put on the waiting list before the deadline")).toBeVisible();

  await page.getByRole("checkbox", { name: `Mark ${people.cleo.name}` }).check();
  await page.getByRole("button", { name: "Decline the marked" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Declined" })).toContainText(people.cleo.name);
  await expect(room).toContainText("2 places: 1 held now");
  await organizer.close();
});

test("the accepted person confirms from the email and has a place; the declined one got the kind email", async ({
  page,
}) => {
  await openEmail(page, people.ana.email, /You're accepted/);
  await followEmailLink(page, "Confirm my place");
  await expect(page.getByRole("status").filter({ hasText: "Your application is accepted" })).toBeVisible();
  await page.getByRole("button", { name: "Take my place" }).click();
  await expect(page.getByRole("status").filter({ hasText: "You're in!" })).toBeVisible();

  await openEmail(page, people.cleo.email, /Your application for/);
  const html = page.getByRole("region", { name: "HTML part" });
  await expect(html).toContainText("this time we cannot offer you one");
  await expect(html.getByRole("link", { name: "The newsletter" })).toHaveAttribute("href", /\/newsletter$/);
});
