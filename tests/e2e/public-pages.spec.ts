import { axeFor } from "./support/axe";
import { expect, test } from "@playwright/test";
import { actionId, actionRequest } from "../fixtures/server-actions";

const DIST = process.env.NEXT_DIST_DIR || ".next-test";

// The server's clock starts at 2031-01-15 (playwright.config.ts). The local site's sample edition
// sits in early May 2031 relative to it; Palafrugell (7–9 October 2025) and Pescara (23–25
// September 2026) are past, whatever the clock.

test("the home page shows the sample edition as next, labelled as a sample, and the past editions", async ({
  page,
}) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Next: Sample Bay, Sampleland");
  await expect(page.getByText("Sample edition on this local site: not a real event")).toBeVisible();
  await expect(page.getByText(/May 2031/).first()).toBeVisible();
  await expect(page.getByText("Registration open", { exact: true })).toBeVisible();
  await expect(page.getByText(/^\d+ of 30 places left$/)).toBeVisible();
  const past = page.getByRole("region", { name: "Past editions" });
  // The series' two, each labelled past (other specs may have ended editions of their own by now).
  for (const place of ["Palafrugell, Spain", "Pescara, Italy"]) {
    const card = past.getByRole("article").filter({ has: page.getByRole("link", { name: place }) });
    await expect(card.getByText("Past edition", { exact: true })).toBeVisible();
  }
});

test("a visitor goes from the home page to the sample edition's page, which says it is a sample", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("link", { name: "About Sample Bay and how to join" }).click();
  await expect(page).toHaveURL(/\/editions\/sample$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Sample edition: Django on the Med at Sample Bay");
  await expect(page.getByText("Sample edition on this local site: not a real event")).toBeVisible();
  await expect(page.getByRole("region", { name: "Venue" })).toContainText("1 Example Street, Sample Bay");
  await expect(page.getByRole("region", { name: "A sprint day" })).toContainText("Breakfast, then sprinting");
  await expect(page).toHaveTitle("Sample Bay 2031 · Django on the Med");
  await page.goto("/editions/sample/register");
  await expect(page.getByText("Sample edition on this local site: not a real event")).toBeVisible();
});

test("Pescara is a past edition: its dates, its format, registration closed, and no sample banner", async ({
  page,
}) => {
  await page.goto("/editions/pescara");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Django on the Med: Pescara");
  await expect(page.getByText(/23\s*–\s*25 September 2026/).first()).toBeVisible();
  await expect(page.getByText("Past edition", { exact: true })).toBeVisible();
  await expect(page.getByText("warm-up session led by Carlton Gibson", { exact: true })).toBeVisible();
  await expect(page.getByText("not a real event")).toHaveCount(0);
  await expect(page.getByRole("link", { name: /register/i })).toHaveCount(0);
  const jsonLd = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? "{}");
  expect(jsonLd).toMatchObject({ "@type": "Event", startDate: "2026-09-23T06:00:00Z" });
  expect(jsonLd.offers).toBeUndefined();

  await page.goto("/editions/pescara/impact");
  const main = page.getByRole("main");
  await expect(main.getByRole("link", { name: /Import maps for Django/ })).toHaveAttribute(
    "href",
    "https://github.com/django/deps/pull/101",
  );
  await expect(main.getByRole("link", { name: /django-benchmark project/ })).toBeVisible();
  const counted = main.getByRole("definition");
  await expect(counted.first()).toHaveText("not counted on this site");
  await expect(main).toContainText("The organizers have not published how many people came");
});

test("Palafrugell's impact page leads with the reported figures and does not show its people as 0", async ({
  page,
}) => {
  await page.goto("/editions/palafrugell/impact");
  const reported = page.getByRole("region", { name: "As reported by the organizers" });
  const counted = page.getByRole("region", { name: "Counted on this site" });
  await expect(reported.getByRole("definition").first()).toHaveText("14");
  await expect(counted.getByRole("definition").first()).toHaveText("not counted on this site");
  const headings = await page.getByRole("heading", { level: 2 }).allTextContents();
  expect(headings.indexOf("As reported by the organizers")).toBeLessThan(headings.indexOf("Counted on this site"));
});

test("the series page counts only editions that have ended, and names the one it leaves out", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto("/impact");
  // Other specs add editions of their own (all still to come): the sample is among those left out.
  await expect(page.getByRole("main").locator("p", { hasText: "Not counted until it has ended:" })).toContainText(
    "Sample edition: Django on the Med at Sample Bay",
  );
  const table = page.locator("table").last();
  const rows = table.getByRole("rowheader");
  await expect(rows.filter({ hasText: "Pescara" })).toHaveCount(1);
  await expect(rows.filter({ hasText: "Palafrugell" })).toHaveCount(1);
  await expect(rows.filter({ hasText: "Sample" })).toHaveCount(0);
  // The column headers do not run into each other at 1280 px.
  const boxes = await Promise.all((await table.getByRole("columnheader").all()).map((header) => header.boundingBox()));
  for (let i = 1; i < boxes.length; i += 1)
    expect(boxes[i]!.x).toBeGreaterThanOrEqual(boxes[i - 1]!.x + boxes[i - 1]!.width - 0.5);
  const texts = await table.getByRole("columnheader").evaluateAll((cells) =>
    cells.map((cell) => {
      const range = document.createRange();
      range.selectNodeContents(cell);
      const text = range.getBoundingClientRect();
      const box = cell.getBoundingClientRect();
      return { left: text.left, right: text.right, boxLeft: box.left, boxRight: box.right };
    }),
  );
  for (const text of texts) {
    expect(text.left).toBeGreaterThanOrEqual(text.boxLeft - 0.5);
    expect(text.right).toBeLessThanOrEqual(text.boxRight + 0.5);
  }
  for (let i = 1; i < texts.length; i += 1) expect(texts[i]!.left).toBeGreaterThan(texts[i - 1]!.right);
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
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Next: Sample Bay, Sampleland");
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

test("a write to a public page from another site is refused before it reaches the page", async ({ request }) => {
  // The footer's subscribe form posts to the page it sits on; a browser sends the page's Origin.
  const forged = await request.post("/editions/sample", {
    headers: { origin: "https://evil.example", "content-type": "text/plain;charset=UTF-8" },
    data: "[]",
  });
  expect(forged.status()).toBe(403);
  expect(await forged.text()).toContain("another site");
});

test("a server action from another site is not run, whatever the request says of itself", async ({ request }) => {
  const subscribe = actionId(DIST, "app/(site)/newsletter/actions.ts", "subscribeAction");
  const call = actionRequest(subscribe, [{ status: "idle" }], {
    email: "forged@example.org",
    name: "",
    source: "footer",
  });
  const send = (claim: Record<string, string>) =>
    request.post("/editions/sample", {
      headers: { ...call.headers, origin: "https://evil.example", ...claim },
      data: call.body,
    });
  // A browser says where a request comes from: the proxy refuses it.
  for (const claim of [{ "sec-fetch-site": "cross-site" }, {}] as Record<string, string>[])
    expect((await send(claim)).status()).toBe(403);
  // Only a script outside a browser can claim "same-origin" with another site's Origin; it passes the
  // proxy, and Next compares the Origin with the host itself and runs nothing.
  const forged = await send({ "sec-fetch-site": "same-origin" });
  expect(forged.ok()).toBe(false);
  expect(await forged.text()).not.toContain("Check your inbox");
});

test("public pages are served from the cache with a policy that needs no nonce", async ({ request }) => {
  // A page that counts places is rendered again every few seconds: a read while that runs in
  // the background is served from the cache as STALE. Either way it came from the cache.
  await request.get("/editions/sample");
  const response = await request.get("/editions/sample");
  const headers = response.headers();
  expect(["HIT", "STALE"]).toContain(headers["x-nextjs-cache"]);
  expect(headers["content-security-policy"]).toContain("script-src 'self' 'unsafe-inline'");
  expect(headers["content-security-policy"]).not.toContain("nonce-");
  expect(headers["content-security-policy"]).toContain("frame-ancestors 'none'");
  expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["x-powered-by"]).toBeUndefined();
});

test("a page that does not count places settles into a strict cache HIT, never a MISS", async ({ request }) => {
  // /about renders nothing that changes within the layout's minute: once this server has rendered
  // it again after the build (a first read may be STALE), every read is a HIT.
  const seen: (string | undefined)[] = [];
  for (let i = 0; i < 40 && seen.at(-1) !== "HIT"; i += 1) {
    if (i > 0) await new Promise((resolve) => setTimeout(resolve, 250));
    seen.push((await request.get("/about")).headers()["x-nextjs-cache"]);
  }
  expect(seen.filter((header) => header !== "HIT" && header !== "STALE")).toEqual([]);
  expect(seen.at(-1)).toBe("HIT");
  expect((await request.get("/about")).headers()["x-nextjs-cache"]).toBe("HIT");
});

test("a page that takes personal details is rendered per request and runs scripts only with its nonce", async ({
  request,
}) => {
  const [first, second] = [
    await request.get("/editions/sample/register"),
    await request.get("/editions/sample/register"),
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

for (const path of ["/editions/sample", "/editions/sample/register"]) {
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
    const results = await axeFor(page).withRules(["color-contrast"]).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.length} nodes`)).toEqual([]);
  });
});
