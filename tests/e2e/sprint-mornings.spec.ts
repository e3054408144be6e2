import { expectNoAxeViolations } from "./support/axe";
import { expect, test, type Browser, type BrowserContext, type Page } from "@playwright/test";
import { E2E_FAKE_SERVICES_PORT } from "../../playwright.config";
import { searchItem, startFakeServices, type FakeServices, type TracTicket } from "../fixtures/fake-services";
import { createPublishedEdition, signInAsOrganizer } from "./support/admin";
import { followEmailLink, openEmail } from "./support/mailbox";
import { registerAndConfirm } from "./support/registration";

// The sprint mornings, step by step (serial): the board filled from Trac, claims, and the
// tickets followed. Later steps use the edition, the people and the tickets the earlier ones made,
// kept in the module's variables below.
test.describe.configure({ mode: "serial" });

let fake: FakeServices;
/** The edition's admin page, its slug and its first day. */
const sprint = { editionUrl: "", slug: "otranto", firstDay: "2031-02-17", lastDay: "2031-02-18" };
/** The people: Ada claims a Trac ticket for herself, Bea one for her table. */
const people = {
  ada: { name: "Ada Conti", email: "ada.otranto@example.org", github: "ada-otranto", manageUrl: "" },
  bea: { name: "Bea Greco", email: "bea.otranto@example.org", github: "bea-otranto", manageUrl: "" },
};
/** The Trac tickets: Ada's own (she can name it in a pull request: "Fixed #36101 -- …"), and Bea's table's. */
const tickets = { ada: 36101, beaTable: 36102 };

const tracTicket = (summary: string, fields: Partial<TracTicket> = {}): TracTicket => ({
  summary,
  status: "new",
  owner: "",
  type: "Cleanup/optimization",
  component: "contrib.admin",
  has_patch: "0",
  needs_better_patch: "0",
  stage: "Accepted",
  easy: "1",
  resolution: "",
  ...fields,
});

test.beforeAll(async () => {
  fake = await startFakeServices(E2E_FAKE_SERVICES_PORT);
  fake.tracTickets.set(tickets.ada, tracTicket("Made the admin's changelist filters keyboard friendly"));
  fake.tracTickets.set(
    tickets.beaTable,
    tracTicket("Documented QuerySet.alias() with F()", { component: "Documentation" }),
  );
  fake.tracTickets.set(36103, tracTicket("<script>alert(1)</script> shown in the admin's history"));
  fake.tracTickets.set(36104, tracTicket("Closed already", { status: "closed", resolution: "fixed" }));
  fake.tracTickets.set(36105, tracTicket("Not an easy one", { easy: "0" }));
});
test.afterAll(() => fake.close());

/** The organizer's session, signed in once (in the first step) and reused by the others. */
let organizerSession: Awaited<ReturnType<BrowserContext["storageState"]>> | undefined;

async function asOrganizer(browser: Browser) {
  const context = await browser.newContext({ storageState: organizerSession });
  const page = await context.newPage();
  if (!organizerSession) {
    await signInAsOrganizer(page);
    organizerSession = await context.storageState();
  }
  return { context, page };
}

const ticketItem = (page: Page, number: number) =>
  page.getByRole("listitem").filter({ has: page.getByRole("link", { name: `#${number}`, exact: true }) });

test("an organizer imports a Trac query from Trac and labels two tickets", async ({ browser }) => {
  test.slow(); // an organizer's session and a new edition on two cores: the budget is a ceiling against hangs
  const { context, page } = await asOrganizer(browser);
  sprint.editionUrl = await createPublishedEdition(page, {
    name: "Django on the Med: Otranto",
    slug: sprint.slug,
    city: "Otranto",
    firstDay: sprint.firstDay,
    lastDay: sprint.lastDay,
    places: "10",
  });
  await page.getByRole("link", { name: "Ticket board" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Ticket board: Otranto");
  await expectNoAxeViolations(page);

  // Another site's query is refused before anything is asked.
  await page.getByLabel("Trac query address").fill("https://trac.example.org/query?status=new");
  await page.getByRole("button", { name: "Import from Trac" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Only queries on the edition's Trac" })).toBeVisible();

  // Django's easy pickings, as copied from Trac: the importer sets its own columns and every row.
  await page
    .getByLabel("Trac query address")
    .fill(`${fake.url}/trac/query?status=!closed&easy=1&col=id&col=time&order=priority`);
  await page.getByRole("button", { name: "Import from Trac" }).click();
  await expect(page.getByText("Imported from Trac: 3 tickets added, 0 already on the board.")).toBeVisible();
  await expect(page.getByRole("heading", { name: "On the board (3, 0 claimed)" })).toBeVisible();
  // Trac's text is text: the summary with markup shows as typed, and runs nothing.
  await expect(ticketItem(page, 36103)).toContainText("<script>alert(1)</script> shown in the admin's history");

  const ada = ticketItem(page, tickets.ada);
  await ada.getByText(`Label #${tickets.ada}`).click();
  await ada.getByLabel(`Label for #${tickets.ada}`).selectOption("good first ticket");
  await ada.getByRole("button", { name: "Save label" }).click();
  await expect(ada.getByRole("status").filter({ hasText: "Label saved." })).toBeVisible();
  const bea = ticketItem(page, tickets.beaTable);
  await bea.getByText(`Label #${tickets.beaTable}`).click();
  await bea.getByLabel(`Label for #${tickets.beaTable}`).selectOption({ label: "An area (name it)" });
  await bea.getByLabel("Area").fill("docs");
  await bea.getByRole("button", { name: "Save label" }).click();
  await expect(bea.getByRole("status").filter({ hasText: "Label saved." })).toBeVisible();
  await page.reload();
  await expect(ticketItem(page, tickets.ada).locator("span", { hasText: /^good first ticket$/ })).toBeVisible();
  await expect(ticketItem(page, tickets.beaTable).locator("span", { hasText: /^docs$/ })).toBeVisible();
  await context.close();
});

async function openBoard(page: Page, person: (typeof people)[keyof typeof people]) {
  if (!person.manageUrl) {
    await openEmail(page, person.email, /You're in/);
    await followEmailLink(page, /\/registrations\/manage\//);
    person.manageUrl = new URL(page.url()).pathname;
  } else await page.goto(person.manageUrl);
  await page.getByRole("link", { name: "See the tickets for the sprint mornings and claim one" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Ticket board: Django on the Med: Otranto");
}

test("two people register and confirm; the first morning's tables are locked", async ({ page, browser }) => {
  test.slow(); // two registrations and an organizer on two cores: the budget is a ceiling against hangs
  for (const person of Object.values(people))
    await registerAndConfirm(page, sprint.slug, person.name, person.email, {
      publicListing: person === people.ada,
      githubUsername: person.github,
    });
  // The first morning's tables are set: Bea knows her table, so she can claim for it.
  const { context, page: organizer } = await asOrganizer(browser);
  await organizer.goto(`${sprint.editionUrl}/tables?day=${sprint.firstDay}`);
  await organizer.getByRole("button", { name: "Lock this day's plan" }).click();
  await expect(organizer.getByText(/^Locked: attendees see their table/)).toBeVisible();
  await context.close();
});

test("two attendees claim one ticket each, one of them for their table", async ({ page }) => {
  test.slow(); // two attendees' pages on two cores: the budget is a ceiling against hangs
  await openBoard(page, people.ada);
  await expect(page.getByRole("link", { name: "Django’s guide to claiming tickets" })).toHaveAttribute(
    "href",
    /submitting-patches\/#claiming-tickets$/,
  );
  await expectNoAxeViolations(page);
  const ada = ticketItem(page, tickets.ada);
  await ada.getByRole("button", { name: `Claim #${tickets.ada}` }).click();
  await expect(ada.getByText(/^Claimed by you, Monday 17 February\.$/)).toBeVisible();
  await expect(ada.getByRole("button", { name: `Release #${tickets.ada}` })).toBeVisible();

  await openBoard(page, people.bea);
  await expect(ticketItem(page, tickets.ada)).toContainText("Claimed by Ada, Monday 17 February.");
  const bea = ticketItem(page, tickets.beaTable);
  await bea.getByRole("radio", { name: "For my table" }).check();
  await bea.getByRole("button", { name: `Claim #${tickets.beaTable}` }).click();
  await expect(bea.getByText(/^Claimed by you for Table 1, Monday 17 February\.$/)).toBeVisible();
});

test("an attendee pastes a passing runtests.py ending and shows as ready", async ({ page }) => {
  test.slow(); // a save with axe on two cores: the budget is a ceiling against hangs
  await page.goto(people.ada.manageUrl);
  const checklist = page.getByRole("region", { name: "Ready to sprint" });
  await checklist
    .getByLabel("The end of your ./runtests.py output (optional)")
    .fill(
      [
        "Found 17250 test(s).",
        "System check identified no issues (17 silenced).",
        "",
        "-".repeat(70),
        "Ran 17250 tests in 312.482s",
        "",
        "OK (skipped=1238)",
      ].join("\n"),
    );
  await checklist.getByRole("button", { name: "Save my checklist" }).click();
  await expect(checklist.getByRole("status").filter({ hasText: "Test suite:" })).toContainText(
    "Test suite: Ready. You are ready to sprint!",
  );
  await expectNoAxeViolations(page);
});

test("organizers see the morning table by table, and print the board", async ({ browser }) => {
  test.slow(); // two pages with axe on two cores: the budget is a ceiling against hangs
  const { context, page } = await asOrganizer(browser);
  await page.goto(`${sprint.editionUrl}/board`);
  await page.getByRole("link", { name: "The morning, table by table" }).click();
  await page.getByRole("link", { name: "Monday 17 February" }).click();
  const table = page.getByRole("region", { name: /^Table 1/ });
  await expect(table).toContainText(`#${tickets.ada}`);
  await expect(table).toContainText(`the table's (claimed by ${people.bea.name})`);
  await expect(page.getByRole("status")).toHaveText("Every table has a claimed ticket.");
  await expectNoAxeViolations(page);
  await page.getByRole("link", { name: "Tuesday 18 February" }).click();
  await expect(page.getByRole("status")).toHaveText("Without a claim: Table 1.");

  await page.goto(`${sprint.editionUrl}/board/print`);
  await expectNoAxeViolations(page);
  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("navigation", { name: "Admin" })).toBeHidden();
  await expect(page.getByRole("row").filter({ hasText: `#${tickets.beaTable}` })).toContainText("Table 1");
  await context.close();
});

test("refreshing now moves a ticket to 'has a patch'", async ({ browser }) => {
  test.slow(); // a production page asking the fake Trac and GitHub on two cores: a ceiling against hangs
  const { context, page } = await asOrganizer(browser);
  fake.tracTickets.set(tickets.ada, { ...fake.tracTickets.get(tickets.ada)!, has_patch: "1" });
  await page.goto(`${sprint.editionUrl}/board`);
  await expect(ticketItem(page, tickets.ada)).toContainText("State: new or assigned");
  await page.getByRole("button", { name: "Refresh now from Trac and GitHub" }).click();
  await expect(page.getByText("Asked Trac and GitHub about 3 tickets: 1 moved.")).toBeVisible();
  await expect(ticketItem(page, tickets.ada)).toContainText("State: has a patch");
  await context.close();
});

test("discovery finds the pull requests that name claimed tickets and links them to the claims", async ({
  browser,
}) => {
  test.slow(); // a production page asking the fake GitHub on two cores: a ceiling against hangs
  const { context, page } = await asOrganizer(browser);
  fake.searchable.push(
    searchItem(
      "django/django",
      80001,
      people.ada.github,
      "2031-02-17T11:00:00Z",
      `Fixed #${tickets.ada} -- Made the changelist filters keyboard friendly.`,
    ),
    searchItem(
      "django/django",
      80002,
      people.bea.github,
      "2031-02-17T12:00:00Z",
      `Refs #${tickets.beaTable} -- Documented QuerySet.alias() with F().`,
    ),
  );
  await page.goto(`${sprint.editionUrl}/outcomes`);
  await page.getByRole("button", { name: "Look for pull requests now" }).click();
  await expect(
    page.getByText(
      "Searched for 2 attendees: 2 pull requests found, 2 new to review below. 2 pull requests name a ticket claimed on the board: see below.",
    ),
  ).toBeVisible();
  const found = page.getByRole("group", { name: "Found, waiting for a decision" });
  await expect(found).toContainText(
    `Ticket #${tickets.ada} was claimed on the board by ${people.ada.name}: adding it credits them too.`,
  );
  await expect(found).toContainText(
    `Ticket #${tickets.beaTable} was claimed on the board by Table 1 (${sprint.firstDay}): tick who worked on it.`,
  );
  await expectNoAxeViolations(page);
  await context.close();
});

test("accepting the proposals credits the claimant, and the people ticked at the claiming table", async ({
  page,
  browser,
}) => {
  test.slow(); // an organizer and an attendee on two cores: the budget is a ceiling against hangs
  const { context, page: organizer } = await asOrganizer(browser);
  await organizer.goto(`${sprint.editionUrl}/outcomes`);
  const found = organizer.getByRole("group", { name: "Found, waiting for a decision" });
  await found.getByRole("checkbox", { name: /Refs #36102/ }).check();
  const atTable = found.getByRole("group", { name: "Who at Table 1 worked on it (credited when added)" });
  await atTable.getByRole("checkbox", { name: people.ada.name }).check();
  await organizer.getByRole("button", { name: "Add the ticked ones to the outcomes" }).click();
  await expect(organizer.getByText("Added 1 pull request to the outcomes.")).toBeVisible();
  await context.close();

  // Ada adds her own from her page; both outcomes now count her.
  await page.goto(people.ada.manageUrl);
  const forYou = page.getByRole("region", { name: "Pull requests we found for you" });
  await expect(forYou).toContainText(`Ticket #${tickets.ada} was claimed on the board by Ada`);
  await forYou.getByRole("button", { name: "Add to what I worked on" }).click();
  await expect(page.getByText("Added to what you worked on.")).toBeVisible();
  const worked = page.getByRole("region", { name: "What you worked on" });
  await expect(worked.getByRole("listitem").filter({ hasText: `Fixed #${tickets.ada}` })).toContainText("you");
  // Bea is not on the public attendee list: Ada's page does not name her.
  await expect(worked.getByRole("listitem").filter({ hasText: `Refs #${tickets.beaTable}` })).toContainText(
    /an attendee, you|you, an attendee/,
  );
});
