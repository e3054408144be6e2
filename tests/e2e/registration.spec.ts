import { expectNoAxeViolations } from "./support/axe";
import { expect, test, type Page } from "@playwright/test";
import ical from "node-ical";
import { DATA_ANSWER_POLICY } from "@/lib/platform/security/csp";
import { followEmailLink, openEmail } from "./support/mailbox";

async function fillRegistration(page: Page, email: string) {
  await page.getByRole("main").getByLabel("Your name").fill("Grace Hopper");
  await page.getByRole("main").getByLabel("Email").fill(email);
  await page.getByRole("main").getByLabel("City you come from").fill("Arlington");
  await page.getByRole("main").getByLabel("Country").fill("United States");
  await page.getByRole("radio", { name: "This would be my first contribution" }).check();
  await page.getByRole("checkbox", { name: "ORM", exact: true }).check();
  await page.getByRole("checkbox", { name: "Show my name, city and interests on the public attendee list." }).check();
}

/**
 * Places left at the sample edition; other tests share the server, so flows compare before and after. The
 * page counts places every few seconds (SEAT_COUNT_REFRESH_S), so a change is waited for.
 */
async function placesLeft(page: Page): Promise<number> {
  await page.goto("/editions/sample");
  const text = await page.getByText(/places left|Full:/).textContent();
  const match = /(\d+) of 30 places left/.exec(text ?? "");
  return match ? Number(match[1]) : 0;
}

test("a newcomer registers, confirms from the email, gets the calendar and cancels", async ({ page }) => {
  test.slow(); // a long flow on two cores: the budget is a ceiling against hangs
  const email = "grace@example.org";
  const before = await placesLeft(page);
  expect(before).toBeGreaterThan(0);
  await page.getByRole("link", { name: "Register" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Register for Sample Bay");

  // A failed submit shows each problem and keeps what was typed.
  await fillRegistration(page, email);
  await page.getByRole("button", { name: "Register" }).click();
  await expect(page.getByText("Please accept the code of conduct to register.")).toBeVisible();
  await expect(page.getByRole("main").getByLabel("Your name")).toHaveValue("Grace Hopper");
  await expect(page.getByRole("checkbox", { name: "ORM", exact: true })).toBeChecked();

  await page.getByRole("checkbox", { name: /I have read and accept the code of conduct/ }).check();
  await page.getByRole("button", { name: "Register" }).click();
  await expect(page.getByRole("main").getByRole("status").filter({ hasText: "Check your email" })).toContainText(email);

  await openEmail(page, email, /Confirm your registration for Sample edition: Django on the Med at Sample Bay/);
  await followEmailLink(page, "Confirm my registration");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Confirm your registration");
  expect(await placesLeft(page)).toBe(before); // opening the link changed nothing
  await page.goBack();
  const requests: string[] = [];
  page.on("request", (request) => requests.push(`${request.method()} ${new URL(request.url()).pathname}`));
  const answer = page.waitForResponse(
    (response) => response.request().method() === "POST" && response.url().includes("/registrations/confirm/"),
  );
  await page.getByRole("button", { name: "Confirm my registration" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("You're in!");
  await expect(page.getByRole("heading", { level: 1 })).toBeFocused(); // the pressed button is gone
  // The action's answer is page data for the script, not a document: it needs no nonce.
  expect((await answer).headers()["content-type"]).toContain("text/x-component");
  expect((await answer).headers()["content-security-policy"]).toBe(DATA_ANSWER_POLICY);
  // One request from the browser: the confirmation's answer carries the result.
  expect(requests.filter((request) => request.includes("/registrations/"))).toEqual([
    expect.stringMatching(/^POST \/registrations\/confirm\//),
  ]);
  // The link's page keeps saying where the registration stands.
  await page.reload();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("You're in!");

  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "Add the sprint mornings to your calendar" }).click();
  const file = await (await download).path();
  const events = Object.values(ical.sync.parseFile(file)).filter((c) => c?.type === "VEVENT");
  expect(events).toHaveLength(3);

  await expect.poll(() => placesLeft(page), { timeout: 20_000, intervals: [1_000] }).toBe(before - 1);
  await expect(page.getByRole("region", { name: "Who is coming" })).toContainText("Grace Hopper, Arlington");

  await openEmail(page, email, /You're in: Sample edition: Django on the Med at Sample Bay/);
  await followEmailLink(page, /\/registrations\/manage\//);
  await expect(page.getByRole("main").getByRole("status").first()).toHaveText(/You're in!/);
  await page.getByRole("main").getByLabel("City you come from").fill("New York");
  await page.getByRole("button", { name: "Save my answers" }).click();
  await expect(page.getByText("Your answers are saved.")).toBeVisible();
  await page.reload();
  await expect(page.getByRole("main").getByLabel("City you come from")).toHaveValue("New York");
  await page.getByRole("button", { name: "Release my place" }).click();
  await expect(page.getByText("Tick the box to confirm")).toBeVisible();
  await page.getByRole("checkbox", { name: /Yes, release my place/ }).check();
  await page.getByRole("button", { name: "Release my place" }).click();
  await expect(page.getByText("Your registration is cancelled. Thank you for freeing your place.")).toBeVisible();
  await expect.poll(() => placesLeft(page), { timeout: 20_000, intervals: [1_000] }).toBe(before);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });
  test("registering and confirming still work", async ({ page }) => {
    const email = "nojs@example.org";
    await page.goto("/editions/sample/register");
    await fillRegistration(page, email);
    await page.getByRole("checkbox", { name: /I have read and accept the code of conduct/ }).check();
    await page.getByRole("button", { name: "Register" }).click();
    await expect(page.getByText(`we sent a message to ${email}`)).toBeVisible();

    await openEmail(page, email, /Confirm your registration/);
    await followEmailLink(page, "Confirm my registration");
    await page.getByRole("button", { name: "Confirm my registration" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("You're in!");
  });

  test("a refused registration keeps every answer typed, and says what to fix", async ({ page }) => {
    await page.goto("/editions/sample/register");
    await fillRegistration(page, "nojs-refused@example.org");
    await page.getByRole("main").getByLabel("Dietary requirements (optional)").fill("No nuts");
    await page.getByRole("button", { name: "Register" }).click();
    await expect(page.getByText("Please accept the code of conduct to register.")).toBeVisible();
    const main = page.getByRole("main");
    await expect(main.getByRole("status").first()).toHaveText("Please correct the highlighted fields.");
    await expect(main.getByLabel("Your name")).toHaveValue("Grace Hopper");
    await expect(main.getByLabel("Email")).toHaveValue("nojs-refused@example.org");
    await expect(main.getByLabel("City you come from")).toHaveValue("Arlington");
    await expect(main.getByLabel("Dietary requirements (optional)")).toHaveValue("No nuts");
    await expect(page.getByRole("radio", { name: "This would be my first contribution" })).toBeChecked();
    await expect(page.getByRole("checkbox", { name: "ORM", exact: true })).toBeChecked();
    await expect(page.getByRole("checkbox", { name: "Documentation", exact: true })).not.toBeChecked();
    const coc = page.getByRole("checkbox", { name: /I have read and accept the code of conduct/ });
    await expect(coc).toHaveAttribute("aria-invalid", "true");
  });
});

test("a bot that fills the hidden field gets the usual answer and nothing is sent", async ({ page }) => {
  const email = "bot@example.org";
  await page.goto("/editions/sample/register");
  await fillRegistration(page, email);
  await page.getByRole("checkbox", { name: /I have read and accept the code of conduct/ }).check();
  await page.getByRole("main").locator('input[name="website"]').fill("https://spam.example", { force: true });
  await page.getByRole("button", { name: "Register" }).click();
  await expect(page.getByRole("main").getByRole("status").filter({ hasText: "Check your email" })).toContainText(email);
  // A real submission a moment later is delivered; the bot's never was.
  await page.goto("/dev/mailbox");
  await page.getByRole("main").getByLabel("Send a test message to").fill("after-bot@example.org");
  await page.getByRole("button", { name: "Send test message" }).click();
  await openEmail(page, "after-bot@example.org", /A test message/);
  await page.goto("/dev/mailbox");
  await expect(page.getByRole("listitem").filter({ hasText: `to ${email}` })).toHaveCount(0);
});

test("a tampered confirmation link gets a clear page", async ({ page }) => {
  await page.goto(`/registrations/confirm/${"x".repeat(43)}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("This link does not work");
  await page.goto("/registrations/manage/not-a-token");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("This link does not work");
});

test("the registration form has no detectable accessibility violations", async ({ page }) => {
  await page.goto("/editions/sample/register");
  await page.getByRole("button", { name: "Register" }).click();
  await expect(page.getByText("Enter your name.")).toBeVisible();
  await expectNoAxeViolations(page);
});

test("keyboard users reach the register button from the edition page", async ({ page }) => {
  await page.goto("/editions/sample");
  const register = page.getByRole("link", { name: "Register", exact: true });
  for (let i = 0; i < 15 && !(await register.evaluate((el) => el === document.activeElement)); i += 1)
    await page.keyboard.press("Tab");
  await expect(register).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Register for Sample Bay");
});
