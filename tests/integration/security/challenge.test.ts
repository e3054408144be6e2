import { solveChallenge } from "altcha-lib";
import { deriveKey } from "altcha-lib/algorithms/pbkdf2";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/platform/db";
import type { MailBudgetSettings } from "@/lib/platform/env";
import { mailBudgetAnswer } from "@/lib/platform/forms/mail-budget-gate";
import { budgetState, BUSY_MESSAGE } from "@/lib/platform/security/mail-budgets";
import { manualClock } from "@/tests/fixtures/test-clock";
import { outboxMail } from "@/tests/fixtures/outbox";

const clock = manualClock("2031-01-15T09:00:00Z");
const settings: MailBudgetSettings = {
  registrationPerHour: 100,
  registrationPerSeat: 1,
  newsletterPerHour: 10,
  hostPerHour: 10,
  privacyPerHour: 10,
};
// As publicAction asks: the budget read, then the answer.
const gate = async (purpose: "newsletter" | "host", formData = new FormData()) =>
  mailBudgetAnswer(purpose, await budgetState(purpose, clock, settings), formData, clock);

async function sent(template: string, count: number) {
  await db().outboxMessage.createMany({
    data: Array.from({ length: count }, () => ({
      template,
      toAddress: "someone@example.org",
      subject: "s",
      html: "",
      text: "",
      nextAttemptAt: clock.now(),
      createdAt: clock.now(),
    })),
  });
}

/** What the widget posts: the challenge and its solution, as base64 JSON. */
async function solved(challengeJson: string): Promise<FormData> {
  const challenge = JSON.parse(challengeJson);
  const solution = await solveChallenge({ challenge, deriveKey });
  const formData = new FormData();
  formData.set("altcha", Buffer.from(JSON.stringify({ challenge, solution })).toString("base64"));
  return formData;
}

describe("the challenge a form asks for when its budget is nearly spent", () => {
  it("lets a form through below 80 % of its budget, then asks for a challenge instead of refusing", async () => {
    await sent("newsletter-confirm", 7);
    expect(await gate("newsletter")).toBeNull();
    await sent("newsletter-confirm", 1);
    const answer = await gate("newsletter");
    expect(answer).toMatchObject({ status: "error", message: BUSY_MESSAGE });
    expect(JSON.parse(answer!.challenge!).parameters).toMatchObject({ algorithm: "PBKDF2/SHA-256" });
    expect(await gate("host")).toBeNull(); // another form's budget is untouched
    await gate("newsletter");
    const alerts = await outboxMail({ where: { template: "notice" } });
    expect(alerts.map(({ subject }) => ({ subject }))).toEqual([
      { subject: "The newsletter form has nearly spent its mail budget" },
    ]); // once
  });

  it("accepts a solution once, for its own form, until it expires", async () => {
    await sent("newsletter-confirm", 8);
    await sent("host-proposal-received", 8);
    const challenge = (await gate("newsletter"))!.challenge!;
    const formData = await solved(challenge);
    expect(await gate("host", formData)).toMatchObject({ status: "error" }); // made for another form
    expect(await gate("newsletter", formData)).toBeNull();
    expect(await gate("newsletter", formData)).toMatchObject({ status: "error", message: BUSY_MESSAGE }); // used
    const late = await solved((await gate("newsletter"))!.challenge!);
    clock.advance(10 * 60_000 + 1);
    expect(await gate("newsletter", late)).toMatchObject({ status: "error" });
  });

  it("refuses a forged or tampered solution", async () => {
    await sent("newsletter-confirm", 8);
    const challenge = JSON.parse((await gate("newsletter"))!.challenge!);
    const solution = await solveChallenge({ challenge, deriveKey });
    const tampered = {
      ...challenge,
      parameters: { ...challenge.parameters, data: { purpose: "newsletter", expires: 4e12 } },
    };
    for (const payload of [
      "not base64 json",
      Buffer.from(JSON.stringify({ challenge: tampered, solution })).toString("base64"),
      Buffer.from(
        JSON.stringify({ challenge, solution: { counter: solution!.counter + 1, derivedKey: "00" } }),
      ).toString("base64"),
    ]) {
      const formData = new FormData();
      formData.set("altcha", payload);
      expect(await gate("newsletter", formData)).toMatchObject({ status: "error" });
    }
  });

  it("refuses once the budget is spent, even with a solution", async () => {
    await sent("newsletter-confirm", 9);
    const formData = await solved((await gate("newsletter"))!.challenge!);
    await sent("newsletter-confirm", 1);
    const answer = await gate("newsletter", formData);
    expect(answer).toEqual({ status: "error", message: BUSY_MESSAGE });
  });
});
