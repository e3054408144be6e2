/** The steps an attendee ticks on their manage page, in the order they are done. */
export const READINESS_STEPS = {
  githubAccount: "A GitHub account",
  forkAndClone: "A fork and a clone of django/django",
  virtualEnv: "A virtual environment with the test requirements",
} as const;

export type ReadinessStep = keyof typeof READINESS_STEPS;

/** The last step, checked from the pasted output rather than ticked. */
export const TEST_RUN_STEP = "The test suite runs";

export type TestRunVerdict = "none" | "ready" | "failing";

/** What the test run's verdict reads as, on the manage page and in the organizers' grid. */
export const VERDICT_LABELS: Record<TestRunVerdict, string> = {
  none: "Not checked yet",
  ready: "Ready",
  failing: "Runs, with failures",
};

/** Django's own help on common set-up problems, for a suite that runs with failures. */
export const TROUBLESHOOTING_URL =
  "https://docs.djangoproject.com/en/dev/internals/contributing/writing-code/unit-tests/#troubleshooting";

export type Readiness = Record<ReadinessStep, boolean> & { testRun: TestRunVerdict; ranLine: string | null };

/** Nobody has ticked anything yet. */
export const NOT_STARTED: Readiness = {
  githubAccount: false,
  forkAndClone: false,
  virtualEnv: false,
  testRun: "none",
  ranLine: null,
};

/** Ready to sprint: the test suite ran and passed (which it cannot do without the other steps). */
export const isReady = (readiness: Pick<Readiness, "testRun"> | null | undefined) => readiness?.testRun === "ready";

/** A step of the checklist, the test run's included. */
export type ChecklistStep = ReadinessStep | "testRun";

/** What is left to do, by step; nothing for someone ready. */
export function remainingSteps(
  readiness: (Record<ReadinessStep, boolean> & Pick<Readiness, "testRun">) | null | undefined,
): ChecklistStep[] {
  const state = readiness ?? NOT_STARTED;
  if (isReady(state)) return [];
  const steps = (Object.keys(READINESS_STEPS) as ReadinessStep[]).filter((step) => !state[step]);
  return [...steps, "testRun"];
}

/** A step's words, the test run's included. */
export const stepLabel = (step: ChecklistStep) => (step === "testRun" ? TEST_RUN_STEP : READINESS_STEPS[step]);
