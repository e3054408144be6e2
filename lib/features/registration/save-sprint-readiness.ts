import { clock as appClock, type Clock } from "../../platform/clock";
import { db, statements } from "../../platform/db";
import { lookUpToken } from "./token-lookup";
import { readTestRun, type TestRunProblem } from "./test-run-output";
import type { SprintReadinessInput } from "./schemas";
import type { ReadinessProblem } from "./wording";

/** Who may keep a checklist: people with a place, an offer, or on the waiting list. */
const PREPARING = ["confirmed", "waitlisted", "offered"] as const;

export type ReadinessSaved =
  | { ok: true; testRun: "none" | "ready" | "failing"; ranLine: string | null; resultLine: string | null }
  | { ok: false; problem: ReadinessProblem }
  /** The paste gave no verdict: nothing was saved; `current` is the verdict that stands. */
  | {
      ok: false;
      problem: "test-output";
      reading: { problem: TestRunProblem; found?: string };
      current: { testRun: "none" | "ready" | "failing"; ranLine: string | null };
    };

/**
 * Saves an attendee's "Ready to sprint" checklist through their manage link: the three steps as
 * ticked and, when they pasted the end of a test run, its verdict and its "Ran" line (the paste
 * itself is not kept). Without a paste the last verdict stays.
 */
export async function saveSprintReadiness(
  token: string,
  input: SprintReadinessInput,
  clock: Clock = appClock(),
): Promise<ReadinessSaved> {
  const now = clock.now();
  const found = await lookUpToken(statements(), token, "manage", now);
  if (!found.ok) return { ok: false, problem: found.problem };
  const reading = input.testOutput === null ? null : readTestRun(input.testOutput);
  if (reading && !reading.ok) {
    const current = await db().sprintReadiness.findUnique({
      where: { registrationId: found.registration.id },
      select: { testRun: true, ranLine: true },
    });
    return {
      ok: false,
      problem: "test-output",
      reading: { problem: reading.problem, found: reading.found },
      current: current ?? { testRun: "none", ranLine: null },
    };
  }
  const steps = { githubAccount: input.githubAccount, forkAndClone: input.forkAndClone, virtualEnv: input.virtualEnv };
  const testRun = reading ? { testRun: reading.verdict, ranLine: reading.ranLine, testRunAt: now } : {};
  return db().$transaction(async (tx): Promise<ReadinessSaved> => {
    const registration = await tx.registration.findFirst({
      where: { id: found.registration.id, status: { in: [...PREPARING] } },
      select: { id: true },
    });
    if (!registration) return { ok: false, problem: "not-active" };
    const saved = await tx.sprintReadiness.upsert({
      where: { registrationId: registration.id },
      create: { registrationId: registration.id, ...steps, ...testRun, updatedAt: now },
      update: { ...steps, ...testRun, updatedAt: now },
      select: { testRun: true, ranLine: true },
    });
    return { ok: true, ...saved, resultLine: reading?.resultLine ?? null };
  });
}
