import { expectNoAxeViolations } from "./support/axe";
import { expect, test } from "@playwright/test";
import { E2E_FAKE_SERVICES_PORT } from "../../playwright.config";
import { searchItem, startFakeServices, type FakeServices } from "../fixtures/fake-services";
import { createPublishedEdition, signInAsOrganizer } from "./support/admin";
import { followEmailLink, openEmail } from "./support/mailbox";
import { registerAndConfirm } from "./support/registration";

// An edition made around the tests' clock (it starts at 2031-01-15, see playwright.config.ts):
// people register while it is ahead, then organizers move it to the first days of January, so
// that the pull requests of its sprint and the weeks after it are already behind the clock.
let fake: FakeServices;

test.beforeAll(async () => {
  fake = await startFakeServices(E2E_FAKE_SERVICES_PORT);
});
test.afterAll(() => fake.close());

test("pull requests an attendee opened are found, proposed, accepted, and followed to merged", async ({
  page,
  browser,
}) => {
  test.slow(); // a long flow on two cores: the budget is a ceiling against hangs
  const organizerContext = await browser.newContext();
  const organizer = await organizerContext.newPage();
  await signInAsOrganizer(organizer);
  const editionUrl = await createPublishedEdition(organizer, {
    name: "Django on the Med: Bari",
    slug: "bari",
    city: "Bari",
    firstDay: "2031-01-20",
    lastDay: "2031-01-22",
    places: "10",
  });

  await registerAndConfirm(page, "bari", "Grace Hopper", "grace.bari@example.org", { githubUsername: "@grace-h" });

  // The sprint is over: 1–3 January. GitHub knows three pull requests of grace-h; one is older.
  await organizer.goto(editionUrl);
  await organizer.getByLabel("First day").fill("2031-01-01");
  await organizer.getByLabel("Last day").fill("2031-01-03");
  await organizer.getByRole("button", { name: "Save changes" }).click();
  await expect(organizer.getByText("Saved. The public pages show the change now.")).toBeVisible();
  fake.searchable.push(
    searchItem("django/django", 70001, "grace-h", "2031-01-02T10:00:00Z", "Fixed #36001 -- Made the cache honour it."),
    searchItem("django/django", 70002, "grace-h", "2031-01-12T10:00:00Z", "Refs #36002 -- Added docs."),
    searchItem("django/django", 70003, "grace-h", "2030-12-20T10:00:00Z", "Fixed #36003 -- From before."),
  );

  await organizer.goto(`${editionUrl}/outcomes`);
  await organizer.getByRole("button", { name: "Look for pull requests now" }).click();
  await expect(
    organizer.getByText("Searched for 1 attendee: 2 pull requests found, 2 new to review below."),
  ).toBeVisible();
  expect(fake.requests.filter((request) => request.startsWith("GET /search/issues"))).toEqual([
    `GET /search/issues?q=${encodeURIComponent("is:pr author:grace-h repo:django/django created:2031-01-01..2031-01-17")}&sort=created&order=asc&per_page=100&page=1`,
  ]);
  const found = organizer.getByRole("group", { name: "Found, waiting for a decision" });
  await expect(found.getByRole("checkbox")).toHaveCount(2);
  await expect(found).toContainText("Fixed #36001 -- Made the cache honour it.");
  await expect(found).not.toContainText("From before");
  await expectNoAxeViolations(organizer);

  // Grace adds the first from her manage page; nothing was public before.
  await page.goto("/editions/bari/impact");
  await expect(page.getByRole("main")).not.toContainText("Made the cache honour it");
  await openEmail(page, "grace.bari@example.org", /You're in/);
  await followEmailLink(page, /\/registrations\/manage\//);
  const forYou = page.getByRole("region", { name: "Pull requests we found for you" });
  await expect(forYou.getByRole("listitem")).toHaveCount(2);
  await forYou
    .getByRole("listitem")
    .filter({ hasText: "Fixed #36001" })
    .getByRole("button", { name: "Add to what I worked on" })
    .click();
  await expect(page.getByText("Added to what you worked on.")).toBeVisible();
  await expect(forYou.getByRole("listitem")).toHaveCount(1);
  await expectNoAxeViolations(page);

  await page.goto("/editions/bari/impact");
  const main = page.getByRole("main");
  await expect(main.getByRole("link", { name: "Fixed #36001 -- Made the cache honour it." })).toBeVisible();
  await expect(main.getByRole("link", { name: "Ticket #36001" })).toBeVisible();
  // The chart's table, for screen readers: merged, open, closed in the week under way.
  const weeks = main.getByRole("table", { name: /Pull requests by status at the end of each week/ });
  const thisWeek = () => weeks.getByRole("row").last().getByRole("cell").allTextContents();
  expect(await thisWeek()).toEqual(["0", "1", "0"]);
  await expectNoAxeViolations(page);

  // GitHub merges it; the status refresh records it, and the chart's table moves it.
  fake.pulls.set("django/django#70001", { state: "closed", merged_at: "2031-01-15T08:00:00Z" });
  await organizer.getByRole("button", { name: "Refresh statuses from GitHub and Trac" }).click();
  await expect(organizer.getByText(/Checked 1 on GitHub and Trac: 1 changed\./)).toBeVisible();
  await page.goto("/editions/bari/impact");
  expect(await thisWeek()).toEqual(["1", "0", "0"]);
  await organizerContext.close();
});

test("a GitHub username two people gave is searched for neither until organizers decide whose it is", async ({
  page,
  browser,
}) => {
  test.slow();
  const organizerContext = await browser.newContext();
  const organizer = await organizerContext.newPage();
  await signInAsOrganizer(organizer);
  const editionUrl = await createPublishedEdition(organizer, {
    name: "Django on the Med: Gallipoli",
    slug: "gallipoli",
    city: "Gallipoli",
    firstDay: "2031-01-20",
    lastDay: "2031-01-22",
    places: "10",
  });
  await registerAndConfirm(page, "gallipoli", "Ada Lovelace", "ada.gallipoli@example.org", {
    githubUsername: "ada-gallipoli",
  });
  const other = await browser.newContext();
  await registerAndConfirm(await other.newPage(), "gallipoli", "Someone Else", "else.gallipoli@example.org", {
    githubUsername: "Ada-Gallipoli",
  });
  await other.close();

  await organizer.goto(editionUrl);
  await organizer.getByLabel("First day").fill("2031-01-01");
  await organizer.getByLabel("Last day").fill("2031-01-03");
  await organizer.getByRole("button", { name: "Save changes" }).click();
  await expect(organizer.getByText("Saved. The public pages show the change now.")).toBeVisible();
  fake.searchable.push(
    searchItem("django/django", 71001, "ada-gallipoli", "2031-01-02T10:00:00Z", "Refs #36100 -- Gallipoli."),
  );
  fake.requests.length = 0;

  await organizer.goto(`${editionUrl}/outcomes`);
  await organizer.getByRole("button", { name: "Look for pull requests now" }).click();
  await expect(
    organizer.getByText(/Searched for 0 attendees: .* until you decide whose they are: ada-gallipoli\./),
  ).toBeVisible();
  expect(fake.requests.filter((request) => request.startsWith("GET /search/issues"))).toEqual([]);
  const clash = organizer.getByRole("region", { name: "GitHub usernames given twice" });
  await expect(clash).toContainText(
    "Ada Lovelace (ada.gallipoli@example.org), Someone Else (else.gallipoli@example.org)",
  );
  await expectNoAxeViolations(organizer);

  await clash.getByRole("button", { name: "It is Ada Lovelace's" }).click();
  await expect(
    organizer.getByRole("status").filter({ hasText: "ada-gallipoli is now Ada Lovelace's alone" }),
  ).toBeVisible();
  await expect(clash).toBeHidden();
  await organizer.getByRole("button", { name: "Look for pull requests now" }).click();
  await expect(
    organizer.getByText("Searched for 1 attendee: 1 pull request found, 1 new to review below."),
  ).toBeVisible();
  await expect(organizer.getByRole("group", { name: "Found, waiting for a decision" })).toContainText("Gallipoli.");
  await organizerContext.close();
});
