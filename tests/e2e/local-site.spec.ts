import { expect, request, test, type Page } from "@playwright/test";
import { listeningAddresses } from "../fixtures/listening-sockets";
import { LOCAL_ORGANIZER } from "./support/admin";
import { emailAddresses, expectNewEmails } from "./support/mailbox";
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

const SIGN_IN_MAIL = /Sign in to/;
const signInMails = (page: Page) => emailAddresses(page, LOCAL_ORGANIZER, SIGN_IN_MAIL);

/**
 * Waits until everything queued so far has been delivered, then expects exactly one new sign-in
 * mail. The outbox sends in the order messages were queued, one at a time: once a message queued
 * after the requests is in the mailbox, a mail for any of them would be in too. Waiting for "one
 * new" alone could pass on a mail that should not exist, before the right one arrives.
 */
async function expectOnlyOneNewSignInMail(page: Page, before: string[]) {
  const marker = `queued-last-${Math.random().toString(36).slice(2, 8)}@example.org`;
  await page.goto("/dev/mailbox");
  await page.getByLabel("Send a test message to").fill(marker);
  await page.getByRole("button", { name: "Send test message" }).click();
  await expectNewEmails(page, marker, /A test message/, [], 1);
  const fresh = (await signInMails(page)).filter((href) => !before.includes(href));
  expect(fresh).toHaveLength(1);
}

test("the default organizer gets no sign-in mail from a request addressed to another host", async ({
  baseURL,
  page,
}) => {
  await withOrganizerMailbox(async () => {
    const before = await signInMails(page);
    const foreignAnswer = await askForLink(baseURL!, { host: "example.org" });
    const localAnswer = await askForLink(baseURL!);
    expect(foreignAnswer).toBe(localAnswer); // everyone is told the same thing
    await expectOnlyOneNewSignInMail(page, before);
  });
});

test("the default organizer gets no sign-in mail through a proxy, and the sign-in page says why", async ({
  baseURL,
  browser,
  page,
}) => {
  await withOrganizerMailbox(async () => {
    const before = await signInMails(page);
    const proxiedAnswers = [];
    for (const headers of PROXY_HEADERS) proxiedAnswers.push(await askForLink(baseURL!, headers));
    const localAnswer = await askForLink(baseURL!);
    expect(new Set([...proxiedAnswers, localAnswer])).toEqual(new Set([localAnswer]));
    await expectOnlyOneNewSignInMail(page, before);
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
