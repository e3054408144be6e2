import { gzipSync } from "node:zlib";
import type { Browser } from "@playwright/test";

/** Every JavaScript file Chromium loads for the page (including chunks loaded after hydration), gzipped. */
export async function scripts(browser: Browser, base: string, page: string): Promise<Map<string, number>> {
  const tab = await browser.newPage();
  const urls = new Set<string>();
  tab.on("response", (response) => {
    if (response.request().resourceType() === "script") urls.add(response.url());
  });
  await tab.goto(`${base}${page}`, { waitUntil: "networkidle" });
  await tab.close();
  const sizes = new Map<string, number>();
  for (const url of urls)
    sizes.set(new URL(url).pathname, gzipSync(Buffer.from(await (await fetch(url)).arrayBuffer())).length);
  return sizes;
}
