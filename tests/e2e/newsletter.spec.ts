import { expectNoAxeViolations } from "./support/axe";
import { expect, test } from "@playwright/test";
import { followEmailLink, openEmail } from "./support/mailbox";
import { subscribeAndConfirm } from "./support/newsletter";
import { rawRequest } from "./support/raw-http";

test("a visitor subscribes from the footer and confirms from the email", async ({ page }) => {
  const email = "hedy@example.org";
  await page.goto("/editions");
  const footer = page.getByRole("region", { name: "Hear about the next edition" });

  // A mistake keeps what was typed and says what is wrong.
  await footer.getByLabel("Email").fill("hedy@example");
  await footer.getByLabel("Name (optional)").fill("Hedy Lamarr");
  await footer.getByRole("button", { name: "Subscribe" }).click();
  await expect(footer.getByText("Enter an email address like name@example.org.")).toBeVisible();
  await expect(footer.getByLabel("Name (optional)")).toHaveValue("Hedy Lamarr");

  await footer.getByLabel("Email").fill(email);
  await footer.getByRole("button", { name: "Subscribe" }).click();
  await expect(footer.getByRole("status")).toContainText(`Check your inbox at ${email}`);

  await openEmail(page, email, /Confirm your subscription to Django on the Med/);
  await followEmailLink(page, "Confirm my subscription");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Confirm your subscription");
  // A mail scanner's GET or HEAD on the link confirms nothing: the button is still there.
  expect((await rawRequest(page.url(), { method: "HEAD" })).status).toBe(200);
  expect((await rawRequest(page.url(), { method: "GET" })).status).toBe(200);
  await page.reload();
  await expect(page.getByText(email)).toBeVisible();
  await expectNoAxeViolations(page, "every rule");
  await page.getByRole("button", { name: "Confirm my subscription" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("You're subscribed");

  // Subscribing again answers exactly as for a new address; the owner gets a note instead.
  await page.goto("/newsletter");
  const main = page.getByRole("main");
  await main.getByLabel("Email").fill(email);
  await main.getByRole("button", { name: "Subscribe" }).click();
  await expect(main.getByRole("status")).toHaveText(
    `Check your inbox at ${email}: press the button in our email to confirm your subscription.`,
  );
  await openEmail(page, email, /You are already subscribed to Django on the Med/);
});

test("the subscribe form works without JavaScript", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto("/newsletter");
  const main = page.getByRole("main");
  await main.getByLabel("Email").fill("nojs@example.org");
  await main.getByRole("button", { name: "Subscribe" }).click();
  await expect(page.getByRole("main").getByRole("status")).toContainText("Check your inbox at nojs@example.org");
  await context.close();
});

test("a refused subscription without JavaScript keeps what was typed", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto("/newsletter");
  const main = page.getByRole("main");
  await main.getByLabel("Email").fill("not-an-address");
  await main.getByLabel("Name (optional)").fill("Ada");
  await main.getByRole("button", { name: "Subscribe" }).click();
  await expect(main.getByRole("status")).toHaveText("Please correct the highlighted fields.");
  await expect(main.getByLabel("Email")).toHaveValue("not-an-address");
  await expect(main.getByLabel("Email")).toHaveAttribute("aria-invalid", "true");
  await expect(main.getByLabel("Name (optional)")).toHaveValue("Ada");
  await context.close();
});

test("a refused subscription keeps what was typed and moves the focus to the field to fix", async ({ page }) => {
  await page.goto("/newsletter");
  const main = page.getByRole("main");
  await main.getByLabel("Email").fill("not-an-address");
  await main.getByLabel("Name (optional)").fill("Ada");
  await main.getByRole("button", { name: "Subscribe" }).click();
  await expect(main.getByRole("status")).toHaveText("Please correct the highlighted fields.");
  await expect(main.getByLabel("Email")).toBeFocused();
  await expect(main.getByLabel("Email")).toHaveValue("not-an-address");
  await expect(main.getByLabel("Name (optional)")).toHaveValue("Ada");
});

test("bad input on the subscribe form gets a clear answer, never a 500", async ({ page }) => {
  await page.goto("/newsletter");
  const main = page.getByRole("main");
  await main.getByLabel("Email").fill("ok@example.org");
  await main.getByLabel("Name (optional)").evaluate((input: HTMLInputElement) => {
    input.removeAttribute("maxlength");
    input.value = "x".repeat(10_000);
  });
  await main.getByRole("button", { name: "Subscribe" }).click();
  await expect(main.getByText("Your name can be at most 100 characters.")).toBeVisible();
  await expect(main.getByLabel("Email")).toHaveValue("ok@example.org");
});

test("newsletter links: opening one changes nothing, and a broken one says so", async ({ page, request }) => {
  const bogus = "A".repeat(43);
  for (const path of [
    `/newsletter/confirm/${bogus}`,
    `/newsletter/unsubscribe/${bogus}`,
    `/newsletter/privacy/${bogus}`,
  ]) {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("This link does not work");
  }
  const head = await request.head(`/newsletter/unsubscribe/${bogus}`);
  expect(head.status()).toBe(200);
  const post = await request.post(`/newsletter/unsubscribe/${bogus}`, { form: { "List-Unsubscribe": "One-Click" } });
  expect(post.status()).toBe(404);
  expect(await post.text()).toBe("This unsubscribe link is not valid.\n");
});

test("the archive and its Atom feed are linked from every page's head", async ({ page, request }) => {
  await page.goto("/");
  const feed = page.locator('link[rel="alternate"][type="application/atom+xml"]');
  await expect(feed).toHaveAttribute("href", /\/newsletter\/feed\.xml$/);
  const response = await request.get("/newsletter/feed.xml");
  expect(response.headers()["content-type"]).toContain("application/atom+xml");
  expect(await response.text()).toContain("<feed");
  await page.goto("/newsletter/archive");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Past announcements");
});

test("a subscriber gets their data by email, then erases it; the emailed links do nothing until pressed", async ({
  page,
}) => {
  test.slow(); // a long flow on two cores: the budget is a ceiling against hangs
  const email = "ida@example.org";
  await subscribeAndConfirm(page, email, "Ida");
  for (const kind of ["Email me a copy of my data", "Erase my data"]) {
    await page.goto("/newsletter/privacy");
    const main = page.getByRole("main");
    await main.getByLabel("Email", { exact: true }).fill(email);
    await main.getByRole("radio", { name: kind }).check();
    await main.getByRole("button", { name: "Send me the confirmation link" }).click();
    await expect(main.getByRole("status")).toContainText(`We have emailed ${email} a link`);
  }

  await openEmail(page, email, /Your data at Django on the Med: confirm the request/);
  await followEmailLink(page, "Email me my data");
  expect((await rawRequest(page.url(), { method: "GET" })).status).toBe(200);
  await page.reload();
  await page.getByRole("button", { name: "Email me my data" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Your data is on its way");
  await openEmail(page, email, /Your data at Django on the Med(?!:)/);
  await expect(page.getByRole("main")).toContainText("my-data.json");

  await openEmail(page, email, /Erase your data at Django on the Med: confirm the request/);
  await followEmailLink(page, "Review and erase my data");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Erase my data");
  await page.getByRole("button", { name: "Erase everything" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Your data is erased");
  await page.goto("/dev/mailbox");
  await expect(page.getByRole("listitem").filter({ hasText: `to ${email}` })).toHaveCount(0);
});
