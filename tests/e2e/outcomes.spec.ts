import { expectNoAxeViolations } from "./support/axe";
import { expect, test } from "@playwright/test";
import { E2E_FAKE_SERVICES_PORT } from "../../playwright.config";
import { mastodonStatus, startFakeServices, type FakeServices } from "../fixtures/fake-services";
import { signInAsOrganizer } from "./support/admin";
import { followEmailLink, openEmail } from "./support/mailbox";
import { registerAndConfirm } from "./support/registration";

let fake: FakeServices;

test.beforeAll(async () => {
  fake = await startFakeServices(E2E_FAKE_SERVICES_PORT);
});
test.afterAll(() => fake.close());
test.describe.configure({ mode: "serial" });

const pr = 42424;

// One flow in two steps (serial): the second starts from the outcome the first recorded.
test("an attendee adds an outcome from the link in their confirmation email", async ({ page }) => {
  test.slow(); // a flow through the mailbox on two cores used over a third of 30 s: the budget is a ceiling against hangs
  fake.pulls.set(`django/django#${pr}`, { state: "open", merged_at: null });

  // The attendee, through the link in their confirmation email.
  await registerAndConfirm(page, "sample", "Outcome Person", "outcome-person@example.org");
  await openEmail(page, "outcome-person@example.org", /You're in/);
  await followEmailLink(page, /\/registrations\/manage\//);
  const outcomes = page.getByRole("region", { name: "What you worked on" });
  await outcomes.getByLabel("Title").fill("Fixed #35999: admin filters on JSONField");
  await outcomes.getByLabel("Link (optional)").fill("not a link");
  await outcomes.getByRole("button", { name: "Add outcome" }).click();
  await expect(outcomes.getByText("The link must be a web address")).toBeVisible();
  await expect(outcomes.getByLabel("Title")).toHaveValue("Fixed #35999: admin filters on JSONField");
  await outcomes.getByLabel("Link (optional)").fill(`https://github.com/django/django/pull/${pr}`);
  await outcomes.getByLabel("Area (optional)").fill("Admin");
  await outcomes.getByRole("checkbox", { name: "This was a first contribution to Django" }).check();
  await outcomes.getByRole("button", { name: "Add outcome" }).click();
  await expect(outcomes.getByRole("status").first()).toHaveText(
    'Added "Fixed #35999: admin filters on JSONField". Thank you!',
  );
  await expect(outcomes.getByRole("link", { name: "Fixed #35999: admin filters on JSONField" })).toBeVisible();
  await expectNoAxeViolations(page);
});

test("an organizer refreshes the outcome's status and publishes a journal post; the impact page shows both", async ({
  page,
  browser,
}) => {
  test.slow(); // a long flow on two cores: the budget is a ceiling against hangs
  // The organizer refreshes statuses after GitHub merged it, and publishes one journal post.
  fake.pulls.set(`django/django#${pr}`, { state: "closed", merged_at: "2031-05-03T10:00:00Z" });
  fake.timelines.set("djangoonthemed", [
    mastodonStatus("5002", "2031-05-02T09:30:00Z", {
      content: '<p>Breakfast done, three tables sprinting!<script>alert("x")</script></p>',
      media_attachments: [
        {
          type: "image",
          url: "https://files.example/tables.jpg",
          preview_url: "https://files.example/tables-small.jpg",
          description: "Three tables of sprinters by the sea",
        },
      ],
    }),
    mastodonStatus("5001", "2031-05-01T08:10:00Z", { content: "<p>First morning in Sample Bay</p>" }),
  ]);
  const organizerContext = await browser.newContext();
  const organizer = await organizerContext.newPage();
  await signInAsOrganizer(organizer);
  await organizer.goto("/admin/editions");
  await organizer
    .getByRole("listitem")
    .filter({ hasText: "Sample edition: Django on the Med at Sample Bay" })
    .getByRole("link", { name: "Outcomes" })
    .click();
  await organizer.getByRole("button", { name: "Refresh statuses from GitHub and Trac" }).click();
  await expect(organizer.getByText(/Checked \d+ on GitHub and Trac: 1 changed\./)).toBeVisible();
  expect(fake.requests).toContain(`GET /repos/django/django/pulls/${pr}`);

  await organizer.getByRole("link", { name: "← Sample edition: Django on the Med at Sample Bay" }).click();
  await organizer.getByRole("link", { name: "Journal", exact: true }).click();
  await organizer.getByLabel("Mastodon server").fill(fake.url);
  await organizer.getByLabel("Hashtag").fill("#DjangoOnTheMed");
  await organizer.getByRole("button", { name: "Import posts for review" }).click();
  await expect(
    organizer.getByText("Found 2 public posts with #DjangoOnTheMed; 2 new ones wait for your review below."),
  ).toBeVisible();
  await organizer
    .getByRole("listitem")
    .filter({ hasText: "Breakfast done" })
    .getByRole("button", { name: "Publish Ada L.'s post" })
    .click();
  await expect(organizer.getByText("Published on the edition page.")).toBeVisible();
  await expectNoAxeViolations(organizer);

  // The public sees the merged pull request and the published post, sanitized, with alt text.
  await page.goto("/editions/sample/impact");
  const main = page.getByRole("main");
  await expect(main.getByRole("heading", { level: 1 })).toHaveText("What Sample Bay achieved");
  await expect(main.locator("dl > div").filter({ hasText: "pull requests merged" }).locator("dd")).toHaveText("1");
  const item = main.getByRole("listitem").filter({ hasText: "Fixed #35999" });
  await expect(item).toContainText("Merged");
  await expect(item).toContainText("First contribution");
  await expect(item).toContainText("Admin · 1 more attendee"); // not on the public list: no name

  await page.goto("/editions/sample");
  const journal = page.getByRole("region", { name: "Journal" });
  await expect(journal.getByRole("heading", { name: "Friday 2 May" })).toBeVisible();
  await expect(journal).toContainText("Breakfast done, three tables sprinting!");
  await expect(journal).not.toContainText("First morning in Sample Bay"); // still in review
  await expect(journal.getByRole("img", { name: "Three tables of sprinters by the sea" })).toBeAttached();
  await expect(journal.locator("script")).toHaveCount(0);
  await expectNoAxeViolations(page);
  await expect(page.getByRole("region", { name: "What we achieved" })).toContainText("1 pull request (1 merged)");

  // Anyone can ask for the post to go; it leaves the page at once.
  await journal.getByRole("link", { name: "Ask us to remove this post" }).click();
  await page.getByRole("button", { name: "Remove this post from the journal" }).click();
  await expect(page.getByRole("status").filter({ hasText: "hidden from the journal" })).toBeVisible();
  await page.goto("/editions/sample");
  await expect(page.getByRole("region", { name: "Journal" })).toHaveCount(0);
  await organizer.reload();
  await expect(organizer.getByText("1 post has a removal request")).toBeVisible();
  await organizerContext.close();
});

test("the host form keeps answers on error, sends a receipt, and an accepted proposal becomes a draft edition", async ({
  page,
}) => {
  test.slow(); // a long flow on two cores: the budget is a ceiling against hangs
  await page.goto("/host");
  const main = page.getByRole("main");
  await main.getByLabel("City or town").fill("Kotor");
  await main.getByLabel("Country").fill("Montenegro");
  await main.getByLabel("Venue ideas").fill("The old town library");
  await main.getByLabel("Your name").fill("Marko");
  await main.getByLabel("Email").fill("marko@example");
  await main.getByRole("button", { name: "Send my proposal" }).click();
  await expect(main.getByText("Tell us why there.")).toBeVisible();
  await expect(main.getByText("Enter an email address like name@example.org.")).toBeVisible();
  await expect(main.getByLabel("Venue ideas")).toHaveValue("The old town library");
  await expect(main.getByLabel("Why there?")).toHaveAttribute("aria-invalid", "true");
  await main.getByLabel("Why there?").fill("A fjord on the Adriatic");
  await main.getByLabel("How to get there").fill("Tivat airport, buses from Dubrovnik");
  await main.getByLabel("Season and dates that suit").fill("Late October");
  await main.getByLabel("Email").fill("marko@example.org");
  await main.getByRole("button", { name: "Send my proposal" }).click();
  await expect(main.getByRole("status").filter({ hasText: "Thank you!" })).toContainText(
    "Your proposal for Kotor is with the organizers",
  );

  await openEmail(page, "marko@example.org", /Your proposal to host Django on the Med in Kotor/);

  await signInAsOrganizer(page);
  await page.goto("/admin/proposals?status=new");
  await page.getByRole("link", { name: "Kotor, Montenegro" }).click();
  await expect(page.getByText("A fjord on the Adriatic")).toBeVisible();
  await page.getByRole("radio", { name: "Accepted" }).check();
  await page.getByLabel("Organizers' notes").fill("Great fit for 2032");
  await page.getByRole("button", { name: "Save review" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Saved." })).toBeVisible();
  await page.reload();
  await page.getByRole("button", { name: "Create a draft edition" }).click();
  await expect(page).toHaveURL(/\/admin\/editions\/[^/]+$/);
  await expect(page.getByLabel("City", { exact: true })).toHaveValue("Kotor");
  await expect(page.getByLabel("Time zone")).toHaveValue("Europe/Podgorica");
});

test("an attendee credits a colleague who also registered through the public form", async ({ page }) => {
  test.slow(); // two registrations through the mailbox on two cores
  await registerAndConfirm(page, "sample", "Listed Colleague", "listed-colleague@example.org", {
    publicListing: true,
  });
  await registerAndConfirm(page, "sample", "Credit Giver", "credit-giver@example.org");
  await openEmail(page, "credit-giver@example.org", /You're in/);
  await followEmailLink(page, /\/registrations\/manage\//);
  const outcomes = page.getByRole("region", { name: "What you worked on" });
  await outcomes.getByLabel("Title").fill("Docs: the cache framework's timeouts");
  await outcomes.getByRole("checkbox", { name: "Listed Colleague" }).check();
  await outcomes.getByRole("button", { name: "Add outcome" }).click();
  await expect(outcomes.getByRole("status").first()).toHaveText(
    'Added "Docs: the cache framework\'s timeouts". Thank you!',
  );
  await expect(
    outcomes.getByRole("listitem").filter({ hasText: "Docs: the cache framework's timeouts" }),
  ).toContainText(/you, Listed Colleague|Listed Colleague, you/);
});
