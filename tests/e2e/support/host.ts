import { expect, type Page } from "@playwright/test";

/** Sends the public "Host the next edition" form with every required answer. */
export async function proposeToHost(
  page: Page,
  {
    city,
    country = "Croatia",
    name = "Ivana Horvat",
    email,
  }: { city: string; country?: string; name?: string; email: string },
) {
  await page.goto("/host");
  const main = page.getByRole("main");
  await main.getByLabel("City or town").fill(city);
  await main.getByLabel("Country").fill(country);
  await main.getByLabel("Why there?").fill("An old town on the sea, quiet in October.");
  await main.getByLabel("Venue ideas").fill("The university's faculty of science.");
  await main.getByLabel("How to get there").fill("Airport 20 minutes away; ferries from Ancona.");
  await main.getByLabel("Season and dates that suit").fill("Early October.");
  await main.getByLabel("Your name").fill(name);
  await main.getByLabel("Email").fill(email);
  await main.getByRole("button", { name: "Send my proposal" }).click();
  await expect(main.getByRole("status").filter({ hasText: "Thank you!" })).toContainText(
    `Your proposal for ${city} is with the organizers`,
  );
}
