import { describe, expect, it } from "vitest";
import { db } from "@/lib/platform/db";
import { enqueueEmail, InvalidEmailError } from "@/lib/platform/mail";
import { oneOutboxMail, outboxMail } from "@/tests/fixtures/outbox";
import { manualClock } from "@/tests/fixtures/test-clock";

const clock = manualClock("2031-01-15T09:00:00Z");
const notice = (overrides: { subject?: string } = {}) => ({
  subject: overrides.subject ?? "Your place in Pescara",
  paragraphs: ["You are confirmed."],
});

describe("enqueueEmail", () => {
  it("writes the message's template and data in the caller's transaction, rendering nothing", async () => {
    await db().$transaction(async (tx) => {
      await tx.edition.count(); // the caller's own work would be here
      await enqueueEmail(
        tx,
        { template: "notice", data: notice(), to: { email: "ada@example.org", name: "Ada" } },
        clock,
      );
    });
    const rows = await db().outboxMessage.findMany();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      template: "notice",
      toAddress: "ada@example.org",
      toName: "Ada",
      data: notice(),
      subject: null,
      html: "",
      text: "",
      status: "queued",
      attempts: 0,
      nextAttemptAt: clock.now(),
    });
    // As the worker will render it at send time:
    const [mail] = await outboxMail();
    expect(mail!.subject).toBe("Your place in Pescara");
    expect(mail!.text).toContain("You are confirmed.");
    expect(mail!.html).toContain("<p>You are confirmed.</p>");
  });

  it("queues nothing when the transaction rolls back", async () => {
    await expect(
      db().$transaction(async (tx) => {
        await enqueueEmail(tx, { template: "notice", data: notice(), to: { email: "ada@example.org" } }, clock);
        throw new Error("the registration failed");
      }),
    ).rejects.toThrow("the registration failed");
    expect(await db().outboxMessage.count()).toBe(0);
  });

  it("escapes what a person typed in the HTML part", async () => {
    await enqueueEmail(
      db(),
      {
        template: "notice",
        data: { subject: "Hi", greetingName: '<img src=x onerror="alert(1)">', paragraphs: ["<b>bold</b> & more"] },
        to: { email: "ada@example.org" },
      },
      clock,
    );
    const row = await oneOutboxMail();
    expect(row.html).toContain("Hello &lt;img src=x onerror=&quot;alert(1)&quot;&gt;,");
    expect(row.html).toContain("&lt;b&gt;bold&lt;/b&gt; &amp; more");
    expect(row.html).not.toContain("<img");
    expect(row.text).toContain("<b>bold</b> & more"); // plain text stays as typed
  });

  it.each([
    ["a quoted local part", { email: '"a@evil.example"@victim.example' }],
    ["a full-width at sign", { email: "ada＠example.org" }],
    ["two at signs", { email: "a@b@example.org" }],
    ["a line break in the address", { email: "ada@example.org\r\nBcc: eve@evil.example" }],
    ["a line break in the name", { email: "ada@example.org", name: "Ada\r\nBcc: eve@evil.example" }],
  ])("refuses %s before anything is queued", async (_, to) => {
    await expect(enqueueEmail(db(), { template: "notice", data: notice(), to }, clock)).rejects.toThrow(
      InvalidEmailError,
    );
    expect(await db().outboxMessage.count()).toBe(0);
  });

  // A subject is written at send time: one that would break into a new header line fails that
  // message then (tests/integration/mail/render-at-send.test.ts).
  it("refuses a header that would break into a new header line", async () => {
    await expect(
      enqueueEmail(
        db(),
        {
          template: "notice",
          data: notice(),
          to: { email: "ada@example.org" },
          headers: { "X-Note": "a\nBcc: eve@evil.example" },
        },
        clock,
      ),
    ).rejects.toThrow(/header X-Note must be one line/);
    await expect(
      enqueueEmail(
        db(),
        { template: "notice", data: notice(), to: { email: "ada@example.org" }, headers: { Bcc: "eve@evil.example" } },
        clock,
      ),
    ).rejects.toThrow(/header Bcc is not allowed/);
    expect(await db().outboxMessage.count()).toBe(0);
  });
});
