import { expect, request, test } from "@playwright/test";
import { listeningAddresses } from "../fixtures/listening-sockets";
import { LOCAL_ORGANIZER } from "./support/admin";

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

test("the default organizer gets no sign-in mail from a request addressed to another host", async ({
  baseURL,
  page,
}) => {
  const signInMails = page
    .getByRole("listitem")
    .filter({ hasText: `to ${LOCAL_ORGANIZER}` })
    .filter({ hasText: "Sign in to" });
  const countSignInMails = async () => {
    await page.goto("/dev/mailbox");
    return signInMails.count();
  };
  const askForLink = async (host?: string) => {
    const context = await request.newContext({ baseURL, extraHTTPHeaders: host ? { host } : {} });
    const { csrfToken } = (await (await context.get("/api/auth/csrf")).json()) as { csrfToken: string };
    const answer = await context.post("/api/auth/signin/email", {
      form: { email: LOCAL_ORGANIZER, csrfToken, callbackUrl: "/admin" },
      maxRedirects: 0,
    });
    await context.dispose();
    return answer.headers().location;
  };

  const before = await countSignInMails();
  const foreignAnswer = await askForLink("example.org");
  // Asked second from this machine: the outbox delivers in order, so once this one is in the
  // mailbox, a message for the first request would be there too.
  const localAnswer = await askForLink();
  expect(foreignAnswer).toBe(localAnswer); // everyone is told the same thing
  await expect(async () => expect(await countSignInMails()).toBe(before + 1)).toPass({ timeout: 15_000 });
});
