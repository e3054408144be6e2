import { expectNoAxeViolations } from "./axe";
import { expect, type Page } from "@playwright/test";

// What tests/e2e/accessibility-sweep.spec.ts checks on every page, for a spec that makes a page
// the sweep cannot (tests/e2e/certificates.spec.ts) to check it the same way.

/** One h1 and no skipped heading level, no sideways scroll at `width`, tables in their scroll box, axe clean. */
export async function expectSweptClean(page: Page, width: number) {
  await expect(page.getByRole("heading", { level: 1 })).toHaveCount(1);
  const levels = await headingLevels(page);
  const skips = levels.flatMap((level, i) =>
    i > 0 && level > levels[i - 1]! + 1 ? [`h${levels[i - 1]} → h${level}`] : [],
  );
  expect({ h1: levels.filter((level) => level === 1).length, skips }).toEqual({ h1: 1, skips: [] });
  const size = await page.evaluate(() => ({
    scroll: document.documentElement.scrollWidth,
    viewport: window.innerWidth,
  }));
  expect(size.scroll, `the page scrolls sideways at ${width} px`).toBeLessThanOrEqual(size.viewport);
  expect(await tablesWithoutScrollBox(page)).toEqual([]);
  await expectNoAxeViolations(page);
}

/** The headings in document order, as assistive technology lists them (hidden ones left out). */
function headingLevels(page: Page): Promise<number[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll("h1, h2, h3, h4, h5, h6")]
      .filter((heading) => heading.checkVisibility() && !heading.closest("[aria-hidden=true]"))
      .map((heading) => Number(heading.tagName.slice(1))),
  );
}

/** Tables that are not inside a focusable, labelled region that scrolls sideways. */
function tablesWithoutScrollBox(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll("table")].flatMap((table) => {
      // A table only screen readers get (a chart's text version) is never laid out on screen.
      if (table.closest(".sr-only")) return [];
      const box = table.parentElement?.closest('[role="region"]') as HTMLElement | null;
      const ok =
        box &&
        box.tabIndex === 0 &&
        (box.getAttribute("aria-label") || box.getAttribute("aria-labelledby")) &&
        getComputedStyle(box).overflowX === "auto";
      return ok ? [] : [table.querySelector("caption")?.textContent?.trim() || table.outerHTML.slice(0, 80)];
    }),
  );
}
