import { expectNoAxeViolations } from "./support/axe";
import { expect, test } from "@playwright/test";
import { signInAsOrganizer } from "./support/admin";
import { registerAndConfirm } from "./support/registration";

test("a new organizer creates and publishes an edition, then checks someone in on a phone", async ({
  page,
  playwright,
  baseURL,
}) => {
  test.slow(); // a long flow on two cores: the budget is a ceiling against hangs
  await signInAsOrganizer(page);
  await page.goto("/admin/editions");
  await page.getByRole("link", { name: "New edition" }).click();

  // A failed save names each problem and keeps what was typed.
  await page.getByLabel("Name", { exact: true }).fill("Django on the Med: Split");
  await page.getByLabel("Web address").fill("Split!");
  await page.getByRole("button", { name: "Create edition" }).click();
  await expect(page.getByText("Use lowercase letters, digits and dashes, e.g. pescara-2027.")).toBeVisible();
  await expect(page.getByText("Enter the city.")).toBeVisible();
  await expect(page.getByLabel("Name", { exact: true })).toHaveValue("Django on the Med: Split");

  await page.getByLabel("Web address").fill("split");
  await page.getByLabel("City").fill("Split");
  await page.getByLabel("Country").fill("Croatia");
  await page.getByLabel("Time zone").fill("Europe/Zagreb");
  await page.getByLabel("First day").fill("2032-05-06");
  await page.getByLabel("Last day").fill("2032-05-08");
  await page.getByLabel("Places").fill("10");
  await page.getByLabel("Venue", { exact: true }).fill("Marjan Hall");
  await page.getByLabel("Venue address").fill("Split, Croatia");
  await page.getByLabel("Summary").fill("Three mornings by the Adriatic.");
  await page.getByLabel("Description").fill("We sprint **every morning**.");
  await page.getByLabel("Sponsor 1: name").fill("<script>alert(1)</script> d.o.o.");
  await page.getByLabel("What they covered").first().fill("Breakfast");
  await page.getByRole("button", { name: "Create edition" }).click();
  await expect(page.getByText("Created. Publish it when it is ready.")).toBeVisible();
  const editionUrl = page.url().replace(/\?.*$/, "");

  // Unpublished: a visitor gets a 404, the organizer a marked preview.
  const visitor = await playwright.request.newContext({ baseURL });
  expect((await visitor.get("/editions/split")).status()).toBe(404);
  expect((await visitor.get("/editions/split/preview")).status()).toBe(404);
  await page.getByRole("link", { name: "Preview the public page" }).click();
  await expect(page).toHaveURL(/\/editions\/split\/preview$/);
  await expect(
    page.getByText("Preview: this edition is not published. Only organizers can see this page."),
  ).toBeVisible();
  await page.goto(editionUrl);
  await page.getByRole("button", { name: "Publish" }).click();
  await expect(page.getByText("Published: the edition is on the public site.")).toBeVisible();
  expect((await visitor.get("/editions/split")).status()).toBe(200);
  await visitor.dispose();
  await page.goto("/editions/split");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Split");
  await expect(page.getByText(/Preview: this edition is not published/)).toHaveCount(0);
  await expect(page.getByText("<script>alert(1)</script> d.o.o.")).toBeVisible();
  await page.goto("/editions");
  await expect(page.getByRole("main")).toContainText("Split");

  await registerAndConfirm(page, "split", "=1+2 <b>Ivo</b>", "ivo@example.org");

  await page.setViewportSize({ width: 375, height: 800 });
  await page.goto(`${editionUrl}/check-in`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Check-in: Split");
  await expect(page.getByText("0 of 1 shown have arrived.")).toBeVisible();
  await page.getByLabel("Name").fill("ivo");
  await page.getByRole("button", { name: "Show" }).click();
  await page.getByRole("button", { name: "Check in =1+2 <b>Ivo</b>" }).click();
  await expect(page.getByRole("button", { name: "✓ Here =1+2 <b>Ivo</b>" })).toBeVisible();
  await expect(page.getByText("1 of 1 shown have arrived.")).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  await expect(page).toHaveTitle(/^Check-in · Admin/);
  await expectNoAxeViolations(page, "every rule");

  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(`${editionUrl}/registrations`);
  await expect(page.getByRole("definition").first()).toHaveText("1");
  await page.getByRole("link", { name: "=1+2 <b>Ivo</b>" }).click();
  await expect(page.getByRole("main")).toContainText("Checked in");
  await page.goBack();
  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "Download CSV" }).click();
  let csv = "";
  for await (const chunk of await (await download).createReadStream()) csv += chunk;
  expect(csv).toContain(`"'=1+2 <b>Ivo</b>",ivo@example.org,confirmed`);
  expect(csv).toContain("2031-01-15");
});
