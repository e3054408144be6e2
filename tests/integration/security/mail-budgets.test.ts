import { describe, expect, it } from "vitest";
import { db } from "@/lib/platform/db";
import type { MailBudgetSettings } from "@/lib/platform/env";
import { alertOrganizersOfBudget, budgetState, mailBudget, mailSpent } from "@/lib/platform/security/mail-budgets";
import { subscribe } from "@/lib/features/newsletter/subscribe";
import { anEdition } from "@/tests/fixtures/registrations";
import { manualClock } from "@/tests/fixtures/test-clock";
import { outboxMail } from "@/tests/fixtures/outbox";

const clock = manualClock("2031-01-15T09:00:00Z");
const settings: MailBudgetSettings = {
  registrationPerHour: 10,
  registrationPerSeat: 3,
  newsletterPerHour: 5,
  hostPerHour: 5,
  privacyPerHour: 5,
};

async function outboxRow(template: string, minutesAgo: number, count = 1) {
  const at = new Date(clock.now().getTime() - minutesAgo * 60_000);
  await db().outboxMessage.createMany({
    data: Array.from({ length: count }, () => ({
      template,
      toAddress: "someone@example.org",
      subject: "s",
      html: "",
      text: "",
      nextAttemptAt: at,
      createdAt: at,
    })),
  });
}

describe("each public form's own mail budget", () => {
  it("counts the last hour's messages of its own form only", async () => {
    await subscribe({ email: "one@example.org", name: null, source: "footer" }, clock); // newsletter-confirm, now
    await outboxRow("newsletter-already", 59);
    await outboxRow("newsletter-confirm", 61); // over an hour ago
    await outboxRow("registration-confirm", 1, 4);
    await outboxRow("registration-confirmed", 1); // to a confirmed attendee
    await outboxRow("organizer-sign-in", 1);
    expect(await mailSpent("newsletter", 100, clock)).toBe(2);
    expect(await mailSpent("registration", 100, clock)).toBe(4);
    expect(await mailSpent("host", 100, clock)).toBe(0);
    clock.advance(60 * 60_000);
    expect(await mailSpent("newsletter", 100, clock)).toBe(0);
  });

  it("never refuses one form for the traffic of another", async () => {
    await outboxRow("newsletter-confirm", 1, 5);
    expect((await budgetState("newsletter", clock, settings)).state).toBe("spent");
    for (const purpose of ["registration", "host", "privacy"] as const) {
      expect((await budgetState(purpose, clock, settings)).state).toBe("open");
    }
  });

  it("asks for a challenge from 80 % of the budget, and refuses once it is spent", async () => {
    await outboxRow("host-proposal-received", 1, 3);
    expect((await budgetState("host", clock, settings)).state).toBe("open");
    await outboxRow("host-proposal-received", 1);
    expect((await budgetState("host", clock, settings)).state).toBe("challenge");
    await outboxRow("host-proposal-received", 1);
    expect(await budgetState("host", clock, settings)).toEqual({ state: "spent", budget: 5 });
  });

  it("gives registration the larger of its floor and a multiple of the open editions' seats", async () => {
    expect(await mailBudget("registration", clock, settings)).toBe(10);
    await anEdition({ slug: "open-one", capacity: 14 });
    await anEdition({ slug: "open-two", capacity: 6 });
    expect(await mailBudget("registration", clock, settings)).toBe(60); // 3 × (14 + 6)
    await db().edition.update({ where: { slug: "open-two" }, data: { published: false } });
    expect(await mailBudget("registration", clock, settings)).toBe(42);
    clock.set("2031-04-25T00:00:00Z"); // registration has closed
    expect(await mailBudget("registration", clock, settings)).toBe(10);
    clock.set("2031-01-15T09:00:00Z");
  });

  it("alerts the organizers once an hour for each nearly spent budget", async () => {
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
    await alertOrganizersOfBudget("newsletter", 100, clock);
    clock.advance(30 * 60_000);
    await alertOrganizersOfBudget("newsletter", 100, clock);
    await alertOrganizersOfBudget("registration", 300, clock); // another budget: its own alert
    const alerts = (await outboxMail({ where: { template: "notice" } })).sort(
      (a, b) => a.subject.localeCompare(b.subject) || a.toAddress.localeCompare(b.toAddress),
    );
    expect(alerts.map((alert) => [alert.toAddress, alert.subject])).toEqual([
      ["helper@example.org", "The newsletter form has nearly spent its mail budget"],
      ["organizer@example.org", "The newsletter form has nearly spent its mail budget"],
      ["helper@example.org", "The registration form has nearly spent its mail budget"],
      ["organizer@example.org", "The registration form has nearly spent its mail budget"],
    ]);
    expect(alerts[0]!.text).toContain("80 % of its budget of 100 emails in the last hour (NEWSLETTER_MAIL_PER_HOUR)");
    clock.advance(31 * 60_000);
    await alertOrganizersOfBudget("newsletter", 100, clock);
    expect(await db().outboxMessage.count({ where: { template: "notice" } })).toBe(6);
  });
});
