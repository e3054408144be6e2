import { describe, expect, it } from "vitest";
import { checkSubmission } from "@/lib/platform/forms/submission-checks";
import type { BudgetReading } from "@/lib/platform/security/mail-budgets";
import type { Attempt } from "@/lib/platform/security/rate-limit";

// A promise that the test settles, and the order in which the reads were sent.
function pending<T>() {
  let settle!: (value: T) => void;
  const promise = new Promise<T>((resolve) => (settle = resolve));
  return { promise, settle };
}

function recordedReads() {
  const sent: string[] = [];
  const limits = pending<boolean>();
  const budget = pending<BudgetReading>();
  const ahead = pending<string>();
  return {
    sent,
    limits,
    budget,
    ahead,
    reads: {
      allowAttempts: async () => (sent.push("limits"), limits.promise),
      budgetState: async () => (sent.push("budget"), budget.promise),
    },
    readAhead: async () => (sent.push("ahead"), ahead.promise),
  };
}

const settled = () => new Promise((resolve) => setImmediate(resolve));

describe("a public submission's checks", () => {
  it("are sent at once, with the read its work starts with, before any of them is answered", async () => {
    const { sent, limits, budget, ahead, reads, readAhead } = recordedReads();
    const checked = checkSubmission(
      { attempts: [["register-email", "pescara:ada@example.org"]], mailBudget: "registration", readAhead },
      reads,
    );
    await settled();
    expect(sent).toEqual(["limits", "budget", "ahead"]);

    // Answered in the opposite order: each answer still lands in its own place.
    ahead.settle("the edition");
    budget.settle({ state: "challenge", budget: 300 });
    limits.settle(true);
    expect(await checked).toEqual({
      allowed: true,
      budget: { state: "challenge", budget: 300 },
      ahead: "the edition",
    });
  });

  it("still read the budget and the edition for an attempt the rate limits refuse: the price of one turn", async () => {
    const { sent, limits, budget, ahead, reads, readAhead } = recordedReads();
    limits.settle(false);
    budget.settle({ state: "spent", budget: 300 });
    ahead.settle("the edition");
    const attempts: Attempt[] = [["register-address", "203.0.113.7"]];
    expect(await checkSubmission({ attempts, mailBudget: "registration", readAhead }, reads)).toEqual({
      allowed: false,
      budget: null,
      ahead: undefined,
    });
    expect(sent).toEqual(["limits", "budget", "ahead"]);
  });

  it("are answered in turn: a refusal stands whatever became of the reads beside it, and the first failure in turn is the one thrown", async () => {
    const attempts: Attempt[] = [["register-address", "203.0.113.7"]];
    const failing = (reason: string) => async () => Promise.reject(new Error(reason));
    const refusing = { allowAttempts: async () => false, budgetState: failing("the budget's read failed") };
    expect(
      await checkSubmission(
        { attempts, mailBudget: "registration", readAhead: failing("the edition's read failed") },
        refusing,
      ),
    ).toMatchObject({ allowed: false });

    // The read ahead fails first, the rate limit after it: the rate limit's failure is the submission's.
    const limitsLater = {
      allowAttempts: () =>
        new Promise<boolean>((_, reject) => setTimeout(() => reject(new Error("the rate limit failed")), 5)),
      budgetState: async () => ({ state: "open" as const, budget: 300 }),
    };
    await expect(
      checkSubmission(
        { attempts, mailBudget: "registration", readAhead: failing("the edition's read failed") },
        limitsLater,
      ),
    ).rejects.toThrow("the rate limit failed");

    // Allowed: the budget's failure comes before the read ahead's.
    const allowing = { allowAttempts: async () => true, budgetState: failing("the budget's read failed") };
    await expect(
      checkSubmission(
        { attempts, mailBudget: "registration", readAhead: failing("the edition's read failed") },
        allowing,
      ),
    ).rejects.toThrow("the budget's read failed");
  });

  it("send nothing for what the form does not have", async () => {
    const { sent, reads } = recordedReads();
    expect(await checkSubmission({ attempts: null, mailBudget: null, readAhead: null }, reads)).toEqual({
      allowed: true,
      budget: null,
      ahead: undefined,
    });
    expect(sent).toEqual([]);
  });
});
