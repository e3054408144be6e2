import { defineConfig, devices } from "@playwright/test";
import { chromiumPath } from "./tests/fixtures/chromium-path";
import { allMailBudgets } from "./tests/fixtures/mail-budgets";

// The server is a production build started the way a newcomer starts it (scripts/start.mjs),
// on the database that scripts/test.ts prepared, with the clock set by E2E_CLOCK_START.
const port = Number(process.env.E2E_PORT || 3100);
export const E2E_CLOCK_START = "2031-01-15T09:00:00Z";
/** tests/fixtures/fake-services.ts listens here during the specs that need GitHub, Trac or Mastodon. */
export const E2E_FAKE_SERVICES_PORT = port + 499;

// Two app instances on one database need PostgreSQL: PGlite serves a single process.
const POSTGRES_ONLY = ["two-instances", "opening-day-attack"];
/**
 * CI runs the suite on both databases. Its PostgreSQL pass (TEST_PASS=postgres, set by .ci/run)
 * runs these specs: the PostgreSQL-only ones and the flows that write the most (registering,
 * confirming, subscribing, signing in, sending an announcement, claiming tickets, answering the
 * survey). The pass on the embedded
 * database (TEST_PASS=embedded) runs every other spec, among them the sprint's and the sweep's
 * flows, which register, confirm and subscribe there too. Vitest runs every test on both.
 */
const POSTGRES_PASS = [
  ...POSTGRES_ONLY,
  "registration",
  "newsletter",
  "admin-sign-in",
  "announcements",
  "sprint-mornings",
  "feedback-survey",
  // Their fake GitHub and Trac listen on one port, which the sweep's fake Mastodon also takes:
  // the embedded pass runs on two workers, so at most one spec there may hold it.
  "outcomes",
  "pull-request-discovery",
  // It renames the site for a moment, which every email sent meanwhile would carry.
  "admin-settings",
  // It counts the audit log's rows, which an organizer in another worker's spec would add to.
  "admin-access",
];
/**
 * The embedded pass runs its specs two at a time (they use editions and addresses of their own;
 * the organizer's sign-in mail is taken under a lock, tests/e2e/support/organizer-mailbox-lock.ts).
 * The PostgreSQL pass keeps one: its rushes and restarts measure a machine nobody else is using.
 */
const workers = process.env.TEST_PASS === "embedded" ? 2 : 1;
const specs = (names: string[]) => names.map((name) => `**/${name}.spec.ts`);
const fakeServices = `http://127.0.0.1:${E2E_FAKE_SERVICES_PORT}`;

export default defineConfig({
  testDir: "tests/e2e",
  ...(process.env.TEST_PASS === "postgres" ? { testMatch: specs(POSTGRES_PASS) } : {}),
  testIgnore:
    process.env.TEST_PASS === "embedded" ? specs(POSTGRES_PASS) : process.env.DATABASE_URL ? [] : specs(POSTGRES_ONLY),
  // scripts/test.ts keeps its reports in test-results/; Playwright empties only this folder.
  outputDir: "test-results/e2e-artifacts",
  fullyParallel: false,
  workers,
  forbidOnly: true,
  retries: 0,
  timeout: 30_000,
  reporter: process.env.CI ? "list" : [["list"]],
  use: {
    baseURL: `http://localhost:${port}`,
    trace: "retain-on-failure",
  },
  projects: [
    {
      name: "chromium",
      use: {
        ...devices["Desktop Chrome"],
        launchOptions: {
          executablePath: chromiumPath(),
          args: [
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
          ],
        },
      },
    },
  ],
  webServer: {
    command: "node scripts/start.mjs",
    url: `http://localhost:${port}/`,
    timeout: 300_000,
    reuseExistingServer: false,
    stdout: "pipe",
    env: {
      PORT: String(port),
      CLOCK_START: E2E_CLOCK_START,
      NEXT_DIST_DIR: ".next-test",
      NEXT_TELEMETRY_DISABLED: "1",
      // Set for the run, so that no form's mail budget decides a test by accident.
      ...allMailBudgets(1000),
      GITHUB_API_URL: fakeServices,
      TRAC_URL: `${fakeServices}/trac`,
    },
  },
});
