import { expectNoAxeViolations } from "./support/axe";
import { expect, test, type Page } from "@playwright/test";
import { createPublishedEdition, signInAsOrganizer } from "./support/admin";
import { followEmailLink, openEmail } from "./support/mailbox";
import { registerAndConfirm } from "./support/registration";

const PEOPLE = ["Ada", "Bea", "Carl", "Dora", "Ed", "Flo", "Gus", "Hal", "Ida", "Jo"];
const email = (name: string) => `${name.toLowerCase()}.lecce@example.org`;

async function openManagePage(page: Page, name: string) {
  await openEmail(page, email(name), /You're in/);
  await followEmailLink(page, /\/registrations\/manage\//);
}

// Two steps of one sprint (serial): the second uses the edition and the people the first made.
test.describe.configure({ mode: "serial" });
let editionUrl = "";
let seaPeople: string[] = [];

/** Registers and confirms PEOPLE[from, to) through the site, as each of them would. */
async function registerPeople(page: Page, from: number, to: number) {
  for (const [index, name] of PEOPLE.entries()) {
    if (index < from || index >= to) continue;
    await registerAndConfirm(page, "lecce", `${name} Rossi`, email(name), {
      publicListing: true,
      experience:
        index < 2
          ? "I contribute regularly"
          : index < 6
            ? "This would be my first contribution"
            : "I have contributed a few times",
    });
  }
}

// Ten registrations in one test took 46 % of its budget on two cores: two steps of five each.
test("an organizer opens an edition and the first five people register and confirm", async ({ page, browser }) => {
  test.slow(); // registrations and two sides on two cores: the budget is a ceiling against hangs
  const organizerContext = await browser.newContext();
  const organizer = await organizerContext.newPage();
  await signInAsOrganizer(organizer);
  editionUrl = await createPublishedEdition(organizer, {
    name: "Django on the Med: Lecce",
    slug: "lecce",
    city: "Lecce",
    firstDay: "2031-02-10",
    lastDay: "2031-02-11",
    places: "20",
  });
  await organizerContext.close();
  await registerPeople(page, 0, 5);
});

test("the other five people register and confirm", async ({ page }) => {
  test.slow(); // five registrations on two cores: the budget is a ceiling against hangs
  await registerPeople(page, 5, PEOPLE.length);
});

test("an organizer plans the ten people on two tables, moves one without JavaScript, locks the day", async ({
  browser,
}) => {
  test.slow(); // two browsers on two cores: the budget is a ceiling against hangs
  const organizerContext = await browser.newContext();
  const organizer = await organizerContext.newPage();
  await signInAsOrganizer(organizer);
  // Ten confirmed people on two tables: five each, an experienced person at each.
  await organizer.goto(`${editionUrl}/tables`);
  await organizer.getByLabel("Number of tables").fill("2");
  await organizer.getByLabel("Table names (optional)").fill("Sea, Pines");
  await organizer.getByRole("button", { name: "Save tables" }).click();
  await expect(organizer.getByText("Saved. The plan below uses these tables.")).toBeVisible();
  await expect(organizer.getByRole("heading", { name: "Sea (5)" })).toBeVisible();
  await expect(organizer.getByRole("heading", { name: "Pines (5)" })).toBeVisible();
  await expect(organizer.getByText(/Too few people who contribute regularly/)).toHaveCount(0);
  await expectNoAxeViolations(organizer);

  // A move without JavaScript: the select and its button post the form as plain HTML.
  const noScript = await browser.newContext({
    javaScriptEnabled: false,
    storageState: await organizerContext.storageState(),
  });
  const plain = await noScript.newPage();
  await plain.goto(`${editionUrl}/tables`);
  const sea = plain.getByRole("region", { name: "Sea (5)" });
  const moving = (await sea.getByRole("listitem").first().locator(".font-medium").textContent())!;
  await sea.getByLabel(`Table for ${moving}`).selectOption({ label: "Pines" });
  await sea.getByRole("listitem").filter({ hasText: moving }).getByRole("button", { name: "Move" }).click();
  // The move stays; the suggestion places everyone else around it, so the tables stay balanced.
  const pines = plain.getByRole("region", { name: /^Pines \(/ });
  await expect(pines.getByRole("listitem").filter({ hasText: moving })).toContainText("placed by an organizer");
  await expect(plain.getByRole("region", { name: /^Sea \(/ })).not.toContainText(moving);
  await noScript.close();

  await organizer.reload();
  await organizer.getByRole("button", { name: "Lock this day's plan" }).click();
  await expect(organizer.getByText(/^Locked: attendees see their table/)).toBeVisible();
  await expect(organizer.getByRole("heading", { name: "Monday 10 February: locked" })).toBeVisible();
  seaPeople = await organizer
    .getByRole("region", { name: /^Sea \(/ })
    .locator("li .font-medium")
    .allTextContents();
  await organizer.getByRole("link", { name: "Print table cards" }).click();
  await expect(organizer.getByRole("listitem").filter({ hasText: moving })).toContainText("Pines");
  await expectNoAxeViolations(organizer);

  await organizerContext.close();
});

test("attendees see their table; two share a room, one writes to the other, who reports and blocks her; an organizer removes her", async ({
  page,
  browser,
}) => {
  test.slow(); // two attendees and an organizer on two cores: the budget is a ceiling against hangs
  // An attendee at Sea sees their table and their table-mates' first names.
  const seated = seaPeople[0]!.split(" ")[0]!;
  await openManagePage(page, seated);
  const yourTable = page.getByRole("region", { name: "Your table" });
  await expect(yourTable).toContainText("Sea, with");
  for (const mate of seaPeople.slice(1)) await expect(yourTable).toContainText(mate.split(" ")[0]!);

  // Ada has a room to share; Bea is looking, and writes to her.
  await openManagePage(page, "Ada");
  const rooms = page.getByRole("region", { name: "Sharing a room" });
  await rooms.getByRole("checkbox", { name: "The night of Monday 10 February" }).check();
  await rooms.getByRole("radio", { name: "I have a room to share" }).check();
  await rooms.getByLabel("A short note (optional)").fill("Twin room in the old town, quiet.");
  await rooms.getByRole("button", { name: "Join the room-share board" }).click();
  await expect(page.getByText("Your entry is on the room-share board.")).toBeVisible();
  await expect(page.getByRole("region", { name: "Sharing a room" })).toContainText("Nobody else yet.");

  await openManagePage(page, "Bea");
  const board = page.getByRole("region", { name: "Sharing a room" });
  await board.getByRole("checkbox", { name: "The night of Monday 10 February" }).check();
  await board.getByRole("radio", { name: "I am looking for a room to share" }).check();
  await board.getByRole("button", { name: "Join the room-share board" }).click();
  await expect(page.getByText("Your entry is on the room-share board.")).toBeVisible();
  const entry = page.getByRole("region", { name: "Sharing a room" }).getByRole("listitem").filter({ hasText: "Ada" });
  await expect(entry).toContainText("Ada: has a room to share, for the night of Monday 10 February.");
  await expect(entry).toContainText("Twin room in the old town, quiet.");
  await expect(entry).not.toContainText("@");
  await entry.locator("summary", { hasText: "Write to Ada" }).click();
  await entry.getByLabel("Message to Ada").fill("Hello Ada! I would love to share. I go to bed early.");
  await entry.getByRole("button", { name: "Write to Ada" }).click();
  await expect(entry.getByText("Tick the box: your address goes with the message")).toBeVisible();
  await entry.getByRole("checkbox", { name: /Ada gets my email address/ }).check();
  await entry.getByRole("button", { name: "Write to Ada" }).click();
  await expect(entry.getByText("Sent. Their answer will come straight to your inbox.")).toBeVisible();
  await expectNoAxeViolations(page);

  // It arrives through the outbox; replying answers Bea.
  await openEmail(page, email("Ada"), /Bea wrote to you about sharing a room/);
  await expect(page.getByRole("region", { name: "HTML part" })).toContainText("I go to bed early.");
  await page.getByText("Raw message (MIME)").click();
  await expect(page.getByRole("region", { name: "Raw message" })).toContainText(`Reply-To: Bea <${email("Bea")}>`);
  await followEmailLink(page, "report it to the organizers");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Report a message");
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: "Report this message to the organizers" }).click();
  await expect(page.getByText("Reported. The organizers will read the message and act on it.")).toBeVisible();
  // Ada also stops Bea writing to her; Bea is not told, and no longer sees Ada on the board.
  await page.getByRole("button", { name: "Stop Bea writing to me" }).click();
  await expect(page.getByText("Done. They can no longer write to you through the room-share board.")).toBeVisible();
  await openManagePage(page, "Bea");
  await expect(page.getByRole("region", { name: "Sharing a room" })).toContainText("Nobody else yet.");

  const organizerContext = await browser.newContext();
  const organizer = await organizerContext.newPage();
  await signInAsOrganizer(organizer);
  await organizer.goto(`${editionUrl}/room-shares`);
  await expect(organizer.getByRole("region", { name: "Room shares per night" })).toContainText(
    "The night of Monday 10 February11",
  );
  await expect(organizer.getByRole("main")).toContainText("Hello Ada! I would love to share.");
  await expectNoAxeViolations(organizer);
  // The organizer removes Bea from the board; she is told by email and cannot join again.
  await organizer.getByRole("button", { name: /^Remove Bea/ }).click();
  await expect(organizer.getByRole("main")).toContainText("Bea Rossi was removed from the board and told by email.");
  await organizerContext.close();
  await openEmail(page, email("Bea"), /You were removed from the room-share board/);
  await openManagePage(page, "Bea");
  await expect(page.getByRole("region", { name: "Sharing a room" })).toContainText(
    "An organizer removed you from the room-share board",
  );
});
