import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";

// The server's clock starts at 2031-01-15 (playwright.config.ts), and the seed placed
// Pescara in early May 2031 relative to it; Palafrugell was 7–9 October 2025.

test("the home page shows the next edition from the database", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Next: Pescara, Italy");
  await expect(page.getByText(/May 2031/).first()).toBeVisible();
  await expect(page.getByText("Registration open", { exact: true })).toBeVisible();
  await expect(page.getByText(/^\d+ of 30 places left$/)).toBeVisible();
  const past = page.getByRole("region", { name: "Past editions" });
  await expect(past.getByRole("link", { name: "Palafrugell, Spain" })).toBeVisible();
  await expect(past.getByText("Past edition", { exact: true })).toBeVisible();
});

test("a visitor goes from the home page to the Pescara page", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("link", { name: "About Pescara and how to join" }).click();
  await expect(page).toHaveURL(/\/editions\/pescara$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Django on the Med: Pescara");
  await expect(page.getByRole("region", { name: "Venue" })).toContainText("Pescara, Abruzzo, Italy");
  await expect(page.getByRole("region", { name: "A sprint day" })).toContainText("Breakfast, then sprinting");
  await expect(page).toHaveTitle("Pescara 2031 · Django on the Med");
});

test("the Palafrugell page thanks its sponsors for what each covered", async ({ page }) => {
  await page.goto("/editions/palafrugell");
  const sponsors = page.getByRole("region", { name: "Thanks to our sponsors" });
  await expect(sponsors.getByRole("listitem")).toHaveText([
    /Python España\s*Breakfast/,
    /Django Software Foundation\s*Sponsor/,
    /Buttondown\s*Newsletter/,
  ]);
  await expect(page.getByText("14 people", { exact: true })).toBeVisible();
  // Held before the site: what it achieved, as its organizers reported it.
  await expect(page.getByRole("region", { name: "What we achieved" })).toContainText(
    "As reported by the organizers: 14 people, 5 first-time contributors, 5 pull requests opened (1 merged, 1 closed).",
  );
});

test("an unknown edition gets a friendly 404", async ({ page }) => {
  const response = await page.goto("/editions/atlantis");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("This page is not on the map");
  await page.getByRole("link", { name: "Back to the home page" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Next: Pescara, Italy");
});

test("an address that matches nothing gets the same 404, inside the site's header and footer", async ({ page }) => {
  const response = await page.goto("/no/such/page");
  expect(response?.status()).toBe(404);
  expect(response?.headers()["x-nextjs-cache"]).toBeUndefined();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("This page is not on the map");
  await expect(page.getByRole("navigation", { name: "Main" })).toBeVisible();
  await expect(page.getByRole("contentinfo")).toBeVisible();
});

test("a malformed address is a 400, not a server error", async ({ request }) => {
  const response = await request.get("/editions/%E0%A4%A");
  expect(response.status()).toBe(400);
});

test("public pages are served from the cache with a policy that needs no nonce", async ({ request }) => {
  await request.get("/editions/pescara");
  const response = await request.get("/editions/pescara");
  const headers = response.headers();
  expect(headers["x-nextjs-cache"]).toBe("HIT");
  expect(headers["content-security-policy"]).toContain("script-src 'self' 'unsafe-inline'");
  expect(headers["content-security-policy"]).not.toContain("nonce-");
  expect(headers["content-security-policy"]).toContain("frame-ancestors 'none'");
  expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["x-powered-by"]).toBeUndefined();
});

test("a page that takes personal details is rendered per request and runs scripts only with its nonce", async ({
  request,
}) => {
  const [first, second] = [
    await request.get("/editions/pescara/register"),
    await request.get("/editions/pescara/register"),
  ];
  const nonces = [first, second].map(
    (response) =>
      /script-src 'self' 'nonce-([^']+)' 'strict-dynamic'/.exec(
        response.headers()["content-security-policy"] ?? "",
      )?.[1],
  );
  expect(nonces[0]).toBeTruthy();
  expect(nonces[1]).not.toBe(nonces[0]);
  expect(first.headers()["x-nextjs-cache"]).toBeUndefined();
  const html = await first.text();
  const scripts = html.match(/<script\b[^>]*>/g) ?? [];
  expect(scripts.length).toBeGreaterThan(0);
  for (const script of scripts) expect(script).toContain(`nonce="${nonces[0]}"`);
});

for (const path of ["/editions/pescara", "/editions/pescara/register"]) {
  test(`scripts on ${path} run under its policy: no CSP violations while the page hydrates`, async ({ page }) => {
    const violations: string[] = [];
    page.on("console", (message) => {
      if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
    });
    await page.goto(path);
    await page.waitForLoadState("networkidle");
    expect(violations).toEqual([]);
  });
}

test("keyboard users can skip to the content", async ({ page }) => {
  await page.goto("/");
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "Skip to content" });
  await expect(skip).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/#main$/);
});

// Every page is checked with axe at 320 px by tests/e2e/accessibility-sweep.spec.ts.

test.describe("in dark mode", () => {
  test.use({ colorScheme: "dark" });
  test("the home page keeps readable contrast", async ({ page }) => {
    await page.goto("/");
    const results = await new AxeBuilder({ page }).withRules(["color-contrast"]).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.length} nodes`)).toEqual([]);
  });
});
