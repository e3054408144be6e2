// The same build started as a public site (a public SITE_URL) on a database first seeded while
// local: the start unpublishes the sample, and the pages show that no next edition is announced,
// with the newsletter and the host form, and nothing to register for.
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { expectNoAxeViolations } from "./support/axe";
import { expect, test, type Page } from "@playwright/test";
import { E2E_CLOCK_START } from "../../playwright.config";
import { startInstance, type AppInstance } from "../fixtures/app-instance";
import { closedPort } from "../fixtures/ports";

const DIST = process.env.NEXT_DIST_DIR || ".next-test";

test.describe.configure({ mode: "serial" });

let dir: string;
let instance: AppInstance;

/** Its own embedded database, whichever database the suite runs on; no mail leaves (worker off). */
function publicEnv(dataDir: string): Record<string, string> {
  return {
    DATABASE_URL: "",
    PGLITE_DATA_DIR: dataDir,
    SITE_URL: "https://med.example",
    SMTP_URL: "smtp://127.0.0.1:2525",
    NEXTAUTH_SECRET: "a-public-site-secret-of-forty-characters!",
    TRUSTED_PROXY_HEADER: "none",
    MAIL_WORKER: "off",
    CLOCK_START: E2E_CLOCK_START,
  };
}

function prepareDatabase(env: Record<string, string>): string {
  const result = spawnSync(path.join("node_modules", ".bin", "tsx"), ["scripts/prepare-database.ts"], {
    env: { ...process.env, ...env },
    encoding: "utf8",
  });
  expect(result.status, result.stderr).toBe(0);
  return result.stdout;
}

test.beforeAll(async () => {
  test.setTimeout(240_000);
  dir = mkdtempSync(path.join(os.tmpdir(), "dotm-public-"));
  const dataDir = path.join(dir, "pglite");
  const local = { DATABASE_URL: "", PGLITE_DATA_DIR: dataDir, CLOCK_START: E2E_CLOCK_START, SITE_URL: "" };
  expect(prepareDatabase(local)).toContain("a sample edition to try registering");
  expect(prepareDatabase(publicEnv(dataDir))).toContain("the sample edition from when it was local was unpublished");
  instance = await startInstance({ port: await closedPort(), distDir: DIST, env: publicEnv(dataDir) });
  // The build shared with the local test server prerendered these pages from its database: this
  // instance serves that copy once (STALE) while it renders them again from its own. A deployment
  // builds on its own database; here the pages are read until this instance has rendered them.
  for (const path of ["/", "/editions", "/impact"]) {
    let header: string | null = null;
    for (let i = 0; i < 80 && header !== "HIT"; i += 1) {
      if (i > 0) await new Promise((resolve) => setTimeout(resolve, 250));
      header = (await fetch(`${instance.base}${path}`)).headers.get("x-nextjs-cache");
    }
    expect(header, path).toBe("HIT");
  }
});

test.afterAll(async () => {
  await instance?.stop();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

async function expectNotAnnouncedState(page: Page) {
  const hearFirst = page.getByRole("region", { name: "Hear first when registration opens" });
  await expect(hearFirst.getByRole("textbox", { name: "Email" })).toBeVisible();
  await expect(hearFirst.getByRole("button", { name: "Subscribe" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Propose your town" })).toHaveAttribute("href", "/host");
  // Nothing invites anyone to register, and no sample shows.
  await expect(page.getByRole("link", { name: /regist/i })).toHaveCount(0);
  await expect(page.getByRole("button", { name: /regist/i })).toHaveCount(0);
  await expect(page.getByText(/sample/i)).toHaveCount(0);
}

test("the home page says the next edition is not announced, and offers the newsletter and the host form", async ({
  page,
}) => {
  await page.goto(`${instance.base}/`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("The next edition is not announced yet");
  await expectNotAnnouncedState(page);
  const past = page.getByRole("region", { name: "Past editions" });
  await expect(past.getByRole("heading", { level: 3 })).toHaveText(["Pescara, Italy", "Palafrugell, Spain"]);
  await expectNoAxeViolations(page);

  // The newsletter box works in this state.
  const hearFirst = page.getByRole("region", { name: "Hear first when registration opens" });
  await hearFirst.getByRole("textbox", { name: "Email" }).fill("first-to-know@example.org");
  await hearFirst.getByRole("button", { name: "Subscribe" }).click();
  await expect(hearFirst.getByRole("status")).toContainText(/check your inbox/i);
});

test("the editions page says it too, and lists the past editions only", async ({ page }) => {
  await page.goto(`${instance.base}/editions`);
  await expect(page.getByRole("heading", { level: 2, name: "The next edition is not announced yet" })).toBeVisible();
  await expectNotAnnouncedState(page);
  await expect(page.getByRole("article").getByRole("heading", { level: 2 })).toHaveText([
    "Pescara, Italy",
    "Palafrugell, Spain",
  ]);
  await expectNoAxeViolations(page);
});

test("the sample edition's pages are not found on a public site", async ({ request }) => {
  for (const path of ["/editions/sample", "/editions/sample/register", "/editions/sample/impact"])
    expect((await request.get(`${instance.base}${path}`)).status(), path).toBe(404);
});
