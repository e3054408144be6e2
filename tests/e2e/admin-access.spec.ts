import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { expect, test, type APIRequestContext, type Browser } from "@playwright/test";
import { signInAsOrganizer } from "./support/admin";
import { rawRequest } from "./support/raw-http";
import { proposeToHost } from "./support/host";
import { registerAndConfirm } from "./support/registration";

// Every admin entry point, found on disk and in the build's server-action manifest, so that a new
// page, route or action cannot be added without appearing here.
const PUBLIC_BY_DESIGN = new Set([
  "/admin/sign-in",
  "/admin/sign-in/check-email",
  "/admin/sign-in/confirm",
  "/admin/sign-in/problem",
]);

function files(dir: string, name: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: "utf8" })
    .filter((file) => path.basename(file) === name)
    .map((file) => path.join(dir, file));
}

const urlOf = (file: string) =>
  "/" +
  path
    .dirname(file)
    .split(path.sep)
    .filter((part) => part !== "app" && !/^\(.*\)$/.test(part))
    .join("/");

const pages = files("app/admin", "page.tsx").map(urlOf);
const routes = files("app/admin", "route.ts").map(urlOf);
const manifest = JSON.parse(
  readFileSync(
    path.join(process.env.NEXT_DIST_DIR || ".next-test", "server", "server-reference-manifest.json"),
    "utf8",
  ),
);
const actions = Object.entries(
  manifest.node as Record<string, { filename: string; exportedName: string; workers: Record<string, unknown> }>,
)
  .filter(([, action]) => action.filename.startsWith("app/admin/"))
  .map(([id, action]) => ({
    id,
    name: action.exportedName,
    page: urlOf(Object.keys(action.workers)[0]!.replace(/\/page$/, "/page.tsx")),
  }));

const guardedPages = pages.filter((page) => !PUBLIC_BY_DESIGN.has(page));

test.describe.configure({ mode: "serial" });

const ids = { announcement: "", edition: "", registration: "", proposal: "" };
const concrete = (url: string) =>
  url.startsWith("/admin/editions/")
    ? url.replace("[id]", ids.edition).replace("[registrationId]", ids.registration)
    : url.startsWith("/admin/proposals/")
      ? url.replace("[id]", ids.proposal)
      : url.replace("[id]", ids.announcement);

async function asRevokedOrganizer(browser: Browser, organizerPage: import("@playwright/test").Page) {
  // An organizer adds someone, who signs in; then revokes them. Their session stays in the
  // database, so it is exactly "a signed-in non-organizer".
  await organizerPage.goto("/admin/organizers");
  await organizerPage.getByLabel("Email", { exact: true }).fill("temporary@example.org");
  await organizerPage.getByRole("button", { name: "Add organizer" }).click();
  await expect(organizerPage.getByText("temporary@example.org can now sign in.")).toBeVisible();

  const context = await browser.newContext();
  const page = await context.newPage();
  await signInAsOrganizer(page, "temporary@example.org");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Hello");

  await organizerPage.reload();
  await organizerPage.getByRole("button", { name: "Revoke temporary@example.org" }).click();
  await expect(organizerPage.getByText("temporary@example.org can no longer use the admin.")).toBeVisible();
  await page.reload();
  await expect(page).toHaveURL(/\/admin\/sign-in$/);
  return context;
}

test("every admin page, route and action refuses visitors and revoked organizers, and serves organizers", async ({
  browser,
  page,
  playwright,
  baseURL,
}) => {
  test.slow(); // a long flow on two cores: the budget is a ceiling against hangs
  expect(guardedPages.length).toBeGreaterThanOrEqual(18);
  expect(actions.length).toBeGreaterThanOrEqual(18);
  await signInAsOrganizer(page);
  await page.goto("/admin/announcements/new");
  await page.getByLabel("Subject").fill("Access check");
  await page.getByLabel("Message").fill("Body");
  await page.getByRole("button", { name: "Save draft and preview" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Access check");
  ids.announcement = page.url().split("/").at(-1)!;
  await registerAndConfirm(page, "sample", "Access Check", "access@example.org");
  await page.goto("/admin/editions");
  await page.getByRole("link", { name: "Sample edition: Django on the Med at Sample Bay" }).click();
  await expect(page).toHaveURL(/\/admin\/editions\/[^/?]+$/);
  ids.edition = page.url().split("/").at(-1)!;
  await page.goto(`/admin/editions/${ids.edition}/registrations`);
  await page.getByRole("link", { name: "Access Check" }).click();
  await expect(page).toHaveURL(/\/registrations\/[^/?]+$/);
  ids.registration = page.url().split("/").at(-1)!;
  await proposeToHost(page, { city: "Access Town", email: "access-host@example.org" });
  await page.goto("/admin/proposals");
  await page.getByRole("link", { name: "Access Town, Croatia" }).click();
  await expect(page).toHaveURL(/\/admin\/proposals\/[^/?]+$/);
  ids.proposal = page.url().split("/").at(-1)!;

  const revoked = await asRevokedOrganizer(browser, page);
  const anonymous = await playwright.request.newContext({ baseURL });
  const audited = async () => (await (await page.request.get("/admin/audit")).text()).split("<tr").length;

  const callers: [string, APIRequestContext][] = [
    ["a visitor", anonymous],
    ["a revoked organizer", revoked.request],
  ];
  for (const [who, request] of callers) {
    for (const url of guardedPages.map(concrete)) {
      const response = await request.get(url, { maxRedirects: 0 });
      expect([who, url, response.status(), response.headers().location]).toEqual([who, url, 307, "/admin/sign-in"]);
    }
    for (const url of routes.map(concrete)) {
      const response = await request.get(url, { maxRedirects: 0 });
      expect([who, url, response.status()]).toEqual([who, url, 403]);
    }
    const before = await audited();
    for (const action of actions) {
      const response = await request.post(concrete(action.page), {
        headers: { "Next-Action": action.id, "Content-Type": "text/plain;charset=UTF-8" },
        data: JSON.stringify([ids.announcement, { status: "idle" }]),
        maxRedirects: 0,
      });
      // Every action sends them to sign in (signOutAction too, having ended nothing of theirs).
      expect([who, action.name, response.headers()["x-action-redirect"]]).toEqual([
        who,
        action.name,
        "/admin/sign-in;push",
      ]);
    }
    expect(await audited()).toBe(before);
  }

  for (const url of [...guardedPages, ...routes].map(concrete)) {
    const response = await page.request.get(url, { maxRedirects: 0 });
    expect([url, response.status()]).toEqual([url, 200]);
  }

  // A forged cross-site call to an admin action, with the organizer's own cookies: refused.
  const cookies = (await page.context().cookies()).map((c) => `${c.name}=${c.value}`).join("; ");
  const add = actions.find((a) => a.name === "addOrganizerAction")!;
  const forged = await rawRequest(new URL(add.page, baseURL).toString(), {
    headers: {
      origin: "https://evil.example",
      cookie: cookies,
      "next-action": add.id,
      "content-type": "text/plain;charset=UTF-8",
    },
    body: "[]",
  });
  expect(forged.status).toBe(403);

  await anonymous.dispose();
  await revoked.close();
});
