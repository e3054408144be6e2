// `npm test`: type-check, lint, unit and integration tests (Vitest), then end-to-end tests
// (Playwright on a production build in Chromium). With DATABASE_URL set, that server holds
// throwaway test databases; without it, tests use the embedded PGlite. Ends with the totals.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { createThrowawayDatabase, dropDatabase } from "../tests/fixtures/local-database";

const results = "test-results";
const bin = (name: string) => path.join("node_modules", ".bin", name);
const postgres = process.env.DATABASE_URL || undefined;
/**
 * Unset, `npm test` runs everything for its database. CI runs it twice (.ci/run): the PostgreSQL
 * pass (`postgres`) runs the checks that no database changes, the unit tests and the end-to-end specs
 * named in playwright.config.ts; the embedded pass (`embedded`) runs the other specs. Vitest's
 * integration tests run in both.
 */
const pass = process.env.TEST_PASS as "postgres" | "embedded" | undefined;
if (pass !== undefined && !["postgres", "embedded"].includes(pass)) {
  console.error(`TEST_PASS must be unset, "postgres" or "embedded", not "${pass}".`);
  process.exit(2);
}
const failures: string[] = [];
/** Seconds per step, printed at the end: CI must stay well under 30 minutes. */
const durations: string[] = [];
let passed = 0;
let failed = 0;

function step(label: string, command: string, args: string[], env: NodeJS.ProcessEnv = process.env): boolean {
  console.log(`\n=== ${label}`);
  const started = performance.now();
  const ok = spawnSync(bin(command), args, { stdio: "inherit", env }).status === 0;
  if (!ok) failures.push(label);
  durations.push(`  ${Math.round((performance.now() - started) / 1000)} s: ${label}`);
  return ok;
}

function count<Report>(file: string, read: (report: Report) => [number, number]): void {
  if (!existsSync(file)) return;
  const [ok, bad] = read(JSON.parse(readFileSync(file, "utf8")) as Report);
  passed += ok;
  failed += bad;
}

async function endToEnd(): Promise<void> {
  const env: NodeJS.ProcessEnv = { ...process.env, PLAYWRIGHT_JSON_OUTPUT_FILE: `${results}/playwright.json` };
  let cleanup = async () => {};
  if (postgres) {
    env.DATABASE_URL = await createThrowawayDatabase(postgres, "dotm_e2e");
    cleanup = () => dropDatabase(env.DATABASE_URL!);
  } else {
    const dir = mkdtempSync(path.join(os.tmpdir(), "dotm-e2e-"));
    env.PGLITE_DATA_DIR = path.join(dir, "pglite");
    cleanup = async () => rmSync(dir, { recursive: true, force: true });
  }
  if (!postgres)
    console.log(
      "\nTwo app instances on one database (tests/e2e/two-instances.spec.ts, tests/e2e/opening-day-attack.spec.ts) need PostgreSQL: they run with DATABASE_URL set, as in CI's first pass.",
    );
  try {
    step("End-to-end tests (Playwright, Chromium)", "playwright", ["test", "--reporter=list,json"], env);
  } finally {
    await cleanup();
  }
}

/**
 * Prints the five slowest end-to-end tests with the share of their time budget they used, and
 * names any over a third of it: on two cores such a test fails now and then. Reported, never
 * asserted: tests do not depend on wall-clock time.
 */
function reportSlowestEndToEnd(file: string): void {
  if (!existsSync(file)) return;
  type Spec = {
    title: string;
    file: string;
    line: number;
    tests: { timeout: number; results: { duration: number }[] }[];
  };
  type Suite = { specs?: Spec[]; suites?: Suite[] };
  const rows: { title: string; duration: number; budget: number }[] = [];
  const walk = (suite: Suite) => {
    for (const spec of suite.specs ?? []) {
      for (const test of spec.tests) {
        const budget = test.timeout; // already tripled by test.slow()
        for (const result of test.results)
          rows.push({ title: `${spec.file}:${spec.line} ${spec.title}`, duration: result.duration, budget });
      }
    }
    (suite.suites ?? []).forEach(walk);
  };
  ((JSON.parse(readFileSync(file, "utf8")) as { suites?: Suite[] }).suites ?? []).forEach(walk);
  const share = (row: (typeof rows)[number]) => row.duration / row.budget;
  const line = (row: (typeof rows)[number]) =>
    `  ${(row.duration / 1000).toFixed(1)} s, ${Math.round(100 * share(row))} % of ${row.budget / 1000} s: ${row.title}`;
  console.log("\nSlowest end-to-end tests:");
  rows
    .toSorted((a, b) => b.duration - a.duration)
    .slice(0, 5)
    .forEach((row) => console.log(line(row)));
  const tight = rows.filter((row) => share(row) > 1 / 3);
  if (tight.length > 0)
    console.log(`Over a third of their budget (give them test.slow() or split them):\n${tight.map(line).join("\n")}`);
}

async function main(): Promise<void> {
  rmSync(results, { recursive: true, force: true });
  // Route types from an earlier build can name routes that no longer exist; builds regenerate them.
  // CI's second pass (REUSE_BUILD=1) serves the first pass's build of the same checkout.
  const stales = [".next/types", ".next/dev/types", ...(process.env.REUSE_BUILD === "1" ? [] : [".next-test"])];
  for (const stale of stales) rmSync(stale, { recursive: true, force: true });
  mkdirSync(results, { recursive: true });
  console.log(`Database for tests: ${postgres ? "PostgreSQL (DATABASE_URL)" : "embedded PGlite"}`);

  step("Generating the Prisma client", "prisma", ["generate"]);
  if (pass === "embedded") {
    console.log(
      "\nType-check, lint and formatting and the import rules ran in the PostgreSQL pass (TEST_PASS=embedded).",
    );
  } else {
    step("Type-check", "tsc", ["--noEmit"]);
    step("Lint", "eslint", ["--max-warnings=0", "."]);
    step("Formatting (Prettier; npm run format fixes it)", "prettier", ["--check", "--log-level=warn", "."]);
    step("Import rules (dependency-cruiser)", "depcruise", [
      "app",
      "components",
      "lib",
      "--config",
      ".dependency-cruiser.cjs",
    ]);
  }
  const vitestEnv = { ...process.env, TEST_POSTGRES_URL: postgres ?? "", DATABASE_URL: "" };
  step(
    "Unit and integration tests (Vitest)",
    "vitest",
    [
      "run",
      // The unit tests touch no database: the PostgreSQL pass runs them, the embedded pass need not.
      ...(pass === "embedded" ? ["--project", "integration"] : []),
      "--reporter=default",
      "--reporter=json",
      `--outputFile.json=${results}/vitest.json`,
    ],
    vitestEnv,
  );
  await endToEnd();

  type VitestReport = { numPassedTests: number; numFailedTests: number };
  type PlaywrightReport = { stats: { expected: number; flaky: number; unexpected: number } };
  reportSlowestEndToEnd(`${results}/playwright.json`);
  count<VitestReport>(`${results}/vitest.json`, (r) => [r.numPassedTests, r.numFailedTests]);
  count<PlaywrightReport>(`${results}/playwright.json`, (r) => [r.stats.expected + r.stats.flaky, r.stats.unexpected]);
  // A step that failed without a test failing (type errors, lint) still fails the run.
  if (failures.length > 0 && failed === 0) failed = failures.length;
  writeFileSync(`${results}/summary.json`, JSON.stringify({ passed, failed, failures }));

  console.log(`\nTime per step:\n${durations.join("\n")}`);
  if (failures.length > 0) console.log(`\nFailed: ${failures.join("; ")}`);
  console.log(`\n${passed} passed, ${failed} failed`);
  process.exitCode = failures.length > 0 ? 1 : 0;
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
