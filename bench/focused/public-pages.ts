// `npm run bench -- --focus pages [--seconds 10 --connections 10]`: the home page and the sample edition's page (a local site's open edition) under
// autocannon against a bare static page in the same build and run, and the gzip size of the
// JavaScript Chromium loads for each: the files the bare page also loads count as Next's runtime
// (React included), the rest as ours. Runs on the embedded database (a throwaway PGlite folder), or on DATABASE_URL's
// local PostgreSQL server when set.
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { chromium } from "@playwright/test";
import { chromiumPath } from "../../tests/fixtures/chromium-path";
import { createThrowawayDatabase, dropDatabase } from "../../tests/fixtures/local-database";
import { scripts } from "../support/javascript";
import { buildAndStart, load } from "../support/next-server";

const { values } = parseArgs({
  options: { seconds: { type: "string", default: "10" }, connections: { type: "string", default: "10" } },
});

async function main() {
  const server = process.env.DATABASE_URL;
  const env: Record<string, string> = {};
  let cleanup = async () => {};
  if (server) {
    env.DATABASE_URL = await createThrowawayDatabase(server, "dotm_bench_pages");
    cleanup = () => dropDatabase(env.DATABASE_URL!);
  } else {
    const dir = mkdtempSync(path.join(os.tmpdir(), "dotm-bench-"));
    env.PGLITE_DATA_DIR = path.join(dir, "pglite");
    cleanup = async () => rmSync(dir, { recursive: true, force: true });
  }
  const prepared = spawnSync("npx", ["tsx", "scripts/prepare-database.ts"], {
    env: { ...process.env, ...env },
    stdio: "ignore",
  });
  if (prepared.status !== 0) throw new Error("preparing the database failed");
  const { base, stop } = await buildAndStart(3202, env);
  try {
    const pages = { bare: "/bench/static", home: "/", edition: "/editions/sample" };
    const seconds = Number(values.seconds);
    const connections = Number(values.connections);
    for (const page of Object.values(pages)) await load({ url: `${base}${page}`, connections, duration: 2 }); // warm-up
    const results: Record<string, { rps: number; p99: number; non2xx: number }> = {};
    for (const [name, page] of Object.entries(pages)) {
      const r = await load({ url: `${base}${page}`, connections, duration: seconds });
      results[name] = { rps: Math.round(r.requests.average), p99: r.latency.p99, non2xx: r.non2xx };
    }
    const browser = await chromium.launch({
      executablePath: chromiumPath(),
      args: ["--no-sandbox", "--disable-gpu"],
    });
    const runtime = await scripts(browser, base, pages.bare);
    const runtimeBytes = [...runtime.values()].reduce((a, b) => a + b, 0);
    console.log(`\n${connections} connections, ${seconds} s each (${server ? "PostgreSQL" : "PGlite"}):`);
    for (const [name, page] of Object.entries(pages)) {
      const r = results[name]!;
      const js = await scripts(browser, base, page);
      const ours = [...js.entries()].filter(([src]) => !runtime.has(src)).reduce((a, [, size]) => a + size, 0);
      const ratio = name === "bare" ? "" : `, ${Math.round((r.rps / results.bare!.rps) * 100)} % of bare`;
      console.log(
        `  ${page.padEnd(18)} ${r.rps} req/s, p99 ${r.p99} ms, non-2xx ${r.non2xx}${ratio}; JS ${(ours / 1024).toFixed(1)} kB gzip ours + ${(runtimeBytes / 1024).toFixed(1)} kB Next runtime`,
      );
    }
    console.log("  targets: ≥ 90 % of the bare page's req/s; our JS ≤ 20 kB gzip per page");
    await browser.close();
  } finally {
    await stop();
    await cleanup();
  }
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
