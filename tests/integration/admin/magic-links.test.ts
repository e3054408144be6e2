import { createHash } from "node:crypto";
import { createRequire } from "node:module";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { authOptions } from "@/lib/platform/auth/options";
import type { Clock } from "@/lib/platform/clock";
import { authSecret } from "@/lib/platform/auth/secret";
import { db } from "@/lib/platform/db";
import { addOrganizer } from "@/lib/features/organizers/add-organizer";
import { revokeOrganizer } from "@/lib/features/organizers/revoke-organizer";
import { manualClock } from "@/tests/fixtures/test-clock";
import { oneOutboxMail } from "@/tests/fixtures/outbox";

// next-auth's own request handler (the one its route handler wraps), on the real adapter and
// database. Its package does not export it, so it is loaded by path.
type Handler = (params: {
  req: Record<string, unknown>;
  options: ReturnType<typeof authOptions>;
}) => Promise<{ redirect?: string; cookies?: { name: string; value: string }[] }>;
const { AuthHandler } = createRequire(import.meta.url)(path.resolve("node_modules/next-auth/core/index.js")) as {
  AuthHandler: Handler;
};
const origin = "http://localhost:3000";
const csrf = () => {
  const token = "test-csrf-token";
  return { token, cookie: `${token}|${createHash("sha256").update(`${token}${authSecret()}`).digest("hex")}` };
};

async function requestLink(email: string, clock?: Clock) {
  const { token, cookie } = csrf();
  return AuthHandler({
    req: {
      origin,
      method: "POST",
      action: "signin",
      providerId: "email",
      body: { email, csrfToken: token, callbackUrl: `${origin}/admin` },
      cookies: { "next-auth.csrf-token": cookie },
      headers: {},
    },
    options: authOptions(clock),
  });
}

async function useLink(url: string) {
  const params = Object.fromEntries(new URL(url).searchParams);
  return AuthHandler({
    req: { origin, method: "GET", action: "callback", providerId: "email", query: params, cookies: {}, headers: {} },
    options: authOptions(),
  });
}

async function emailedLink(email: string): Promise<string> {
  const message = await oneOutboxMail({
    where: { toAddress: email, template: "organizer-sign-in" },
    orderBy: { createdAt: "desc" },
  });
  return /http:\/\/localhost:3000\/admin\/sign-in\/confirm\?[^\s"<]+/.exec(message.text)![0];
}

describe("organizer magic links", () => {
  it("are mailed only to organizers, answer everyone alike, work once and start a database session", async () => {
    const stranger = await requestLink("stranger@example.org");
    const organizer = await requestLink("organizer@example.org");
    expect(stranger.redirect).toBe(organizer.redirect);
    expect(organizer.redirect).toContain("/api/auth/verify-request");
    expect(await db().outboxMessage.count({ where: { toAddress: "stranger@example.org" } })).toBe(0);
    expect(await db().verificationToken.count({ where: { identifier: "stranger@example.org" } })).toBe(0);

    const stored = await db().verificationToken.findFirstOrThrow({ where: { identifier: "organizer@example.org" } });
    const minutes = (stored.expires.getTime() - Date.now()) / 60_000;
    expect(minutes).toBeGreaterThan(9);
    expect(minutes).toBeLessThanOrEqual(10);
    const link = await emailedLink("organizer@example.org");
    expect(stored.token).not.toBe(new URL(link).searchParams.get("token")); // only a hash is stored

    const used = await useLink(link);
    expect(used.redirect).toBe(`${origin}/admin`);
    expect(used.cookies?.some((c) => c.name === "next-auth.session-token" && c.value.length > 20)).toBe(true);
    expect(await db().session.count()).toBe(1);

    const replayed = await useLink(link);
    expect(replayed.redirect).toContain("/api/auth/error?error=Verification");
    expect(await db().session.count()).toBe(1);
  });

  it("refuse an expired link and a link whose organizer was revoked after it was sent", async () => {
    await requestLink("organizer@example.org");
    await db().verificationToken.updateMany({ data: { expires: new Date(Date.now() - 1000) } });
    expect((await useLink(await emailedLink("organizer@example.org"))).redirect).toContain("error=Verification");

    const clock = manualClock("2031-01-15T09:00:00Z");
    const me = { email: "organizer@example.org", name: null };
    await addOrganizer(me, { email: "helper@example.org", name: "Helper" }, clock);
    await requestLink("helper@example.org");
    const link = await emailedLink("helper@example.org");
    await revokeOrganizer(me, "helper@example.org", clock);
    expect((await useLink(link)).redirect).toContain("error=AccessDenied");
    expect(await db().session.count()).toBe(0);
    expect(
      (await db().auditEntry.findMany({ orderBy: { at: "asc" } })).map((e) => [e.actor, e.action, e.subject]),
    ).toEqual([
      ["organizer@example.org", "organizer.add", "organizer:helper@example.org"],
      ["organizer@example.org", "organizer.revoke", "organizer:helper@example.org"],
    ]);
  });

  it("stop mailing an address after twenty links in an hour, answering as before", async () => {
    const answers = [];
    for (let i = 0; i < 21; i += 1) answers.push((await requestLink("organizer@example.org")).redirect);
    expect(new Set(answers).size).toBe(1);
    expect(
      await db().outboxMessage.count({ where: { toAddress: "organizer@example.org", template: "organizer-sign-in" } }),
    ).toBe(20);
  });

  it("leave the other organizers their links while one organizer's address is flooded", async () => {
    const clock = manualClock("2031-01-15T09:00:00Z");
    const me = { email: "organizer@example.org", name: null };
    await addOrganizer(me, { email: "helper@example.org", name: "Helper" }, clock);
    // Past its own twenty, the flooded address's asks spend nothing of the site-wide hundred.
    for (let i = 0; i < 100; i += 1) await requestLink("organizer@example.org", clock);
    // Nor do strangers' asks: nothing is sent to them, so nothing is counted.
    for (let i = 0; i < 100; i += 1) await requestLink(`stranger${i}@example.org`, clock);
    clock.advance(60_000);
    await requestLink("helper@example.org", clock);
    const sentTo = async (email: string) =>
      db().outboxMessage.count({ where: { toAddress: email, template: "organizer-sign-in" } });
    expect(await sentTo("organizer@example.org")).toBe(20);
    expect(await sentTo("helper@example.org")).toBe(1);
  });
});
