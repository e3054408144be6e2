import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { alertOrganizersOfCeiling, publicMailCeilingReached } from "@/lib/security/public-mail-ceiling";
import { subscribe } from "@/lib/services/subscribe";
import { manualClock } from "@/tests/fixtures/test-clock";

const clock = manualClock("2031-01-15T09:00:00Z");

async function outboxRow(template: string, minutesAgo: number) {
  const at = new Date(clock.now().getTime() - minutesAgo * 60_000);
  await db().outboxMessage.create({
    data: {
      template,
      toAddress: "someone@example.org",
      subject: "s",
      html: "",
      text: "",
      nextAttemptAt: at,
      createdAt: at,
    },
  });
}

describe("the site-wide ceiling on mail caused by the public forms", () => {
  it("counts the last hour's messages of the public forms only", async () => {
    await subscribe({ email: "one@example.org", name: null, source: "footer" }, clock); // newsletter-confirm, now
    await outboxRow("registration-confirm", 59);
    await outboxRow("host-proposal-received", 61); // over an hour ago
    await outboxRow("registration-confirmed", 1); // to a confirmed attendee
    await outboxRow("organizer-sign-in", 1);
    expect(await publicMailCeilingReached(clock, 3)).toBe(false);
    await outboxRow("privacy-confirm", 0);
    expect(await publicMailCeilingReached(clock, 3)).toBe(true);
    clock.advance(60 * 60_000);
    expect(await publicMailCeilingReached(clock, 3)).toBe(false);
  });

  it("alerts the organizers once an hour while the forms are refused", async () => {
    await db().organizer.create({
      data: { email: "helper@example.org", addedBy: "organizer@example.org", createdAt: clock.now() },
    });
    await db().organizer.create({
      data: {
        email: "gone@example.org",
        addedBy: "organizer@example.org",
        createdAt: clock.now(),
        revokedAt: clock.now(),
      },
    });
    await alertOrganizersOfCeiling(clock, 300);
    clock.advance(30 * 60_000);
    await alertOrganizersOfCeiling(clock, 300);
    const alerts = await db().outboxMessage.findMany({ where: { template: "notice" }, orderBy: { toAddress: "asc" } });
    expect(alerts.map((alert) => [alert.toAddress, alert.subject])).toEqual([
      ["helper@example.org", "The public forms are refusing requests"],
      ["organizer@example.org", "The public forms are refusing requests"],
    ]);
    expect(alerts[0]!.text).toContain("caused 300 emails in the last hour");
    clock.advance(31 * 60_000);
    await alertOrganizersOfCeiling(clock, 300);
    expect(await db().outboxMessage.count({ where: { template: "notice" } })).toBe(4);
  });
});
