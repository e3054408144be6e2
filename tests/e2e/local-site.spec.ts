import { expect, request, test, type Page } from "@playwright/test";
import { listeningAddresses } from "../fixtures/listening-sockets";
import { LOCAL_ORGANIZER } from "./support/admin";
import { withOrganizerMailbox } from "./support/organizer-mailbox-lock";

// The suite's server is a local site (no SITE_URL, no SMTP_URL), started with `npm start`.
test("a local site listens on 127.0.0.1 only, as the operating system reports it", async ({ baseURL }) => {
  expect(listeningAddresses(Number(new URL(baseURL!).port))).toEqual(["127.0.0.1"]);
});

test("the dev mailbox answers only requests addressed to this machine", async ({ baseURL }) => {
  const foreign = await request.newContext({ baseURL, extraHTTPHeaders: { host: "example.org" } });
  for (const path of ["/dev/mailbox", "/dev/mailbox/any-message"]) expect((await foreign.get(path)).status()).toBe(404);
  await foreign.dispose();
  const local = await request.newContext({ baseURL });
  expect((await local.get("/dev/mailbox")).status()).toBe(200);
  await local.dispose();
});

// What proxies and tunnels add: a local site behind one is reachable from outside.
const PROXY_HEADERS: Record<string, string>[] = [
  { forwarded: "for=203.0.113.7;host=dotm.example.net;proto=https" },
  { "x-forwarded-host": "dotm.example.net" },
  { "x-forwarded-for": "203.0.113.7" },
  { "x-real-ip": "203.0.113.7" },
];

test("the dev mailbox refuses, saying why, a request that came through a proxy or tunnel", async ({ baseURL }) => {
  for (const headers of PROXY_HEADERS) {
    const proxied = await request.newContext({ baseURL, extraHTTPHeaders: headers });
    for (const path of ["/dev/mailbox", "/dev/mailbox/any-message"]) {
      const answer = await proxied.get(path);
      expect(answer.status(), `${path} with ${Object.keys(headers)[0]}`).toBe(403);
      expect(await answer.text()).toContain("came through a proxy or tunnel");
    }
    await proxied.dispose();
  }
});

async function askForLink(baseURL: string, headers: Record<string, string> = {}) {
  const context = await request.newContext({ baseURL, extraHTTPHeaders: headers });
  const { csrfToken } = (await (await context.get("/api/auth/csrf")).json()) as { csrfToken: string };
  const answer = await context.post("/api/auth/signin/email", {
    form: { email: LOCAL_ORGANIZER, csrfToken, callbackUrl: "/admin" },
    maxRedirects: 0,
  });
  await context.dispose();
  return answer.headers().location;
}

async function countSignInMails(page: Page) {
  await page.goto("/dev/mailbox");
  return page
    .getByRole("listitem")
    .filter({ hasText: `to ${LOCAL_ORGANIZER}` })
    .filter({ hasText: "Sign in to" })
    .count();
}

test("the default organizer gets no sign-in mail from a request addressed to another host", async ({
  baseURL,
  page,
}) => {
  await withOrganizerMailbox(async () => {
    const before = await countSignInMails(page);
    const foreignAnswer = await askForLink(baseURL!, { host: "example.org" });
    // Asked second from this machine: the outbox delivers in order, so once this one is in the
    // mailbox, a message for the first request would be there too.
    const localAnswer = await askForLink(baseURL!);
    expect(foreignAnswer).toBe(localAnswer); // everyone is told the same thing
    await expect(async () => expect(await countSignInMails(page)).toBe(before + 1)).toPass({ timeout: 15_000 });
  });
});

test("the default organizer gets no sign-in mail through a proxy, and the sign-in page says why", async ({
  baseURL,
  browser,
  page,
}) => {
  await withOrganizerMailbox(async () => {
    const before = await countSignInMails(page);
    const proxiedAnswers = [];
    for (const headers of PROXY_HEADERS) proxiedAnswers.push(await askForLink(baseURL!, headers));
    const localAnswer = await askForLink(baseURL!);
    expect(new Set([...proxiedAnswers, localAnswer])).toEqual(new Set([localAnswer]));
    await expect(async () => expect(await countSignInMails(page)).toBe(before + 1)).toPass({ timeout: 15_000 });
  });

  const notice = (on: Page) => on.getByRole("region", { name: "Not from behind a proxy" });
  await page.goto("/admin/sign-in");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Organizer sign-in");
  await expect(notice(page)).toHaveCount(0);
  const proxied = await browser.newContext({ baseURL, extraHTTPHeaders: { "x-forwarded-for": "203.0.113.7" } });
  const outside = await proxied.newPage();
  await outside.goto("/admin/sign-in");
  await expect(notice(outside)).toContainText("X-Forwarded-For");
  await expect(notice(outside)).toContainText(`${LOCAL_ORGANIZER}, the address a local site lets in by default`);
  await proxied.close();
});
