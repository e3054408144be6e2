import { simpleParser } from "mailparser";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/platform/db";
import { enqueueEmail } from "@/lib/platform/mail";
import { devMailboxTransport } from "@/lib/platform/mail/dev-mailbox";
import { deliverDue } from "@/lib/platform/mail/worker";
import { manualClock } from "@/tests/fixtures/test-clock";

describe("the dev mailbox transport", () => {
  it("stores the full MIME message that an SMTP relay would have received", async () => {
    const clock = manualClock("2031-01-15T09:00:00Z");
    const { id } = await enqueueEmail(
      db(),
      {
        template: "notice",
        data: {
          subject: "Confirm your place",
          paragraphs: ["One click left."],
          action: { label: "Confirm", url: "http://localhost:3000/confirm/abc" },
        },
        to: { email: "ada@example.org" },
        attachments: [
          { filename: "pescara.ics", contentType: "text/calendar", content: "BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n" },
        ],
      },
      clock,
    );
    const transport = devMailboxTransport(db(), clock);
    await deliverDue({ db: db(), transport, clock, from: "noreply@localhost", messageIdDomain: "localhost" });

    const stored = await db().devMailboxMessage.findFirstOrThrow();
    expect(stored).toMatchObject({
      messageId: `<${id}@localhost>`,
      toAddress: "ada@example.org",
      subject: "Confirm your place",
      receivedAt: clock.now(),
    });
    const parsed = await simpleParser(stored.raw);
    expect(parsed.messageId).toBe(`<${id}@localhost>`);
    expect(parsed.text).toContain("Confirm: http://localhost:3000/confirm/abc");
    expect(parsed.html).toContain('href="http://localhost:3000/confirm/abc"');
    expect(parsed.attachments.map((a) => a.filename)).toEqual(["pescara.ics"]);
    expect(await db().outboxMessage.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "sent" });
  });
});
