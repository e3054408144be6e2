import { expect, type Page } from "@playwright/test";
import { emailAddresses, followEmailLink, openNewEmail } from "./mailbox";
import { withOrganizerMailbox } from "./organizer-mailbox-lock";

/** The address README names: the embedded default lets it sign in. */
export const LOCAL_ORGANIZER = "organizer@example.org";

/** Signs in through the dev mailbox the way a newcomer does; returns the landing link used. */
export async function signInAsOrganizer(page: Page, email = LOCAL_ORGANIZER): Promise<string> {
  return withOrganizerMailbox(() => signIn(page, email));
}

const SIGN_IN_MAIL = /Sign in to Django on the Med/;

async function signIn(page: Page, email: string): Promise<string> {
  const earlier = await emailAddresses(page, email, SIGN_IN_MAIL);
  await page.goto("/admin/sign-in");
  await page.getByLabel("Email").fill(email);
  await page.getByRole("button", { name: "Email me a sign-in link" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Check your email");
  await openNewEmail(page, email, SIGN_IN_MAIL, earlier);
  await followEmailLink(page, "Sign in");
  const landing = page.url();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Sign in");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/admin$/);
  return landing;
}

/** Creates an edition on the admin form and publishes it; returns its admin page's address. */
export async function createPublishedEdition(
  organizer: Page,
  edition: { name: string; slug: string; city: string; firstDay: string; lastDay: string; places: string },
): Promise<string> {
  await organizer.goto("/admin/editions/new");
  await organizer.getByLabel("Name", { exact: true }).fill(edition.name);
  await organizer.getByLabel("Web address").fill(edition.slug);
  await organizer.getByLabel("City").fill(edition.city);
  await organizer.getByLabel("Country").fill("Italy");
  await organizer.getByLabel("Time zone").fill("Europe/Rome");
  await organizer.getByLabel("First day").fill(edition.firstDay);
  await organizer.getByLabel("Last day").fill(edition.lastDay);
  await organizer.getByLabel("Places").fill(edition.places);
  await organizer.getByLabel("Venue", { exact: true }).fill("Venue");
  await organizer.getByLabel("Venue address").fill(`${edition.city}, Italy`);
  await expect(organizer.getByLabel("Repositories to search for pull requests")).toHaveValue("django/django");
  await organizer.getByRole("button", { name: "Create edition" }).click();
  await expect(organizer.getByText("Created. Publish it when it is ready.")).toBeVisible();
  const url = organizer.url().replace(/\?.*$/, "");
  await organizer.getByRole("button", { name: "Publish" }).click();
  await expect(organizer.getByText("Published: the edition is on the public site.")).toBeVisible();
  return url;
}
