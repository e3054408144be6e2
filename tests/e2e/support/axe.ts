import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";

/** The WCAG levels every page is held to. */
const AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

/**
 * axe for one of this site's pages. Legacy mode runs `axe.run` in the page itself; the default
 * mode merges each frame's results in a blank page it opens for every check, which cost the sweep
 * 0.6 s a page on two cores. The site's pages have no frames (asserted here), so it buys nothing.
 */
export function axeFor(page: Page): AxeBuilder {
  expect(page.frames(), "a page with frames needs AxeBuilder's default mode, which checks each frame").toHaveLength(1);
  return new AxeBuilder({ page }).setLegacyMode();
}

/**
 * axe finds nothing on the finished page: at the WCAG levels above, or with `"every rule"` (best
 * practices too). Next streams a per-request page's metadata, and re-renders it after a server
 * action, so its <title> can land just after the content: axe waits for it rather than report
 * a page caught between the two.
 */
export async function expectNoAxeViolations(page: Page, tags: readonly string[] | "every rule" = AXE_TAGS) {
  await expect(page).toHaveTitle(/\S/);
  const axe = axeFor(page);
  const results = await (tags === "every rule" ? axe : axe.withTags([...tags])).analyze();
  expect(
    results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`),
  ).toEqual([]);
}
