import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";

/**
 * axe for one of this site's pages. Legacy mode runs `axe.run` in the page itself; the default
 * mode merges each frame's results in a blank page it opens for every check, which cost the sweep
 * 0.6 s a page on two cores. The site's pages have no frames (asserted here), so it buys nothing.
 */
export function axeFor(page: Page): AxeBuilder {
  expect(page.frames(), "a page with frames needs AxeBuilder's default mode, which checks each frame").toHaveLength(1);
  return new AxeBuilder({ page }).setLegacyMode();
}
