import { readdirSync } from "node:fs";
import path from "node:path";

/**
 * Every page route of the app, read from its files (app/**\/page.tsx): "/editions/[slug]" for
 * app/(site)/editions/[slug]/page.tsx. Route groups such as (site) are not part of the address.
 */
export function pageRoutes(appDir = "app"): string[] {
  const routes: string[] = [];
  const walk = (dir: string, segments: string[]) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.isDirectory()) {
        const group = /^\(.*\)$/.test(entry.name);
        walk(path.join(dir, entry.name), group ? segments : [...segments, entry.name]);
      } else if (entry.name === "page.tsx") {
        routes.push(`/${segments.join("/")}`);
      }
    }
  };
  walk(appDir, []);
  return routes.sort();
}
