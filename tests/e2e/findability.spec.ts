import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import ical from "node-ical";

test("home → edition page → calendar download with a stable UID in the venue's time", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("link", { name: "About Sample Bay and how to join" }).click();
  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: /Add the sprint mornings to your calendar/ }).click();
  const file = await (await download).path();
  const events = Object.values(ical.sync.parseFile(file)).filter((c) => c?.type === "VEVENT") as ical.VEvent[];
  expect(events.map((e) => e.uid)).toEqual(events.map((e) => `sample-${e.start.toISOString().slice(0, 10)}@localhost`));
  // 8:00–14:00 in Rome in May is 6:00–12:00 UTC.
  expect(events.map((e) => [e.start.toISOString().slice(11, 16), e.end!.toISOString().slice(11, 16)])).toEqual([
    ["06:00", "12:00"],
    ["06:00", "12:00"],
    ["06:00", "12:00"],
  ]);
});

test("the edition page carries schema.org Event data and sharing metadata", async ({ page }) => {
  await page.goto("/editions/sample");
  const json = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!);
  expect(json).toMatchObject({
    "@type": "Event",
    name: "Sample edition: Django on the Med at Sample Bay",
    offers: { price: 0, availability: "https://schema.org/InStock" },
  });
  await expect(page.locator('meta[property="og:title"]')).toHaveAttribute(
    "content",
    "Sample edition: Django on the Med at Sample Bay",
  );
  const image = await page.locator('meta[property="og:image"]').getAttribute("content");
  const response = await page.request.get(image!);
  expect(response.headers()["content-type"]).toBe("image/png");
  expect((await response.body()).subarray(1, 4).toString()).toBe("PNG");
});

test("sitemap.xml lists the editions and robots.txt points to it", async ({ request }) => {
  const sitemap = await (await request.get("/sitemap.xml")).text();
  expect(sitemap).toContain("/editions/sample</loc>");
  expect(sitemap).toContain("/editions/palafrugell</loc>");
  expect(sitemap).toContain("/editions/palafrugell/impact</loc>");
  expect(sitemap).toContain("/host</loc>");
  const robots = await (await request.get("/robots.txt")).text();
  expect(robots).toMatch(/Sitemap: http:\/\/localhost:\d+\/sitemap\.xml/);
  expect(robots).toContain("Disallow: /registrations/");
});

test("the site's build carries no benchmark route: they are compiled only with BENCH_ROUTES=1", async ({ request }) => {
  const manifest = JSON.parse(
    readFileSync(path.join(process.env.NEXT_DIST_DIR || ".next-test", "server", "app-paths-manifest.json"), "utf8"),
  ) as Record<string, string>;
  expect(Object.keys(manifest)).toContain("/(site)/editions/[slug]/page");
  expect(Object.keys(manifest).filter((route) => /(^|\/)bench\//.test(route))).toEqual([]);
  expect((await request.get("/bench/static")).status()).toBe(404);
});
