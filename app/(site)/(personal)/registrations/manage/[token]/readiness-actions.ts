"use server";

import { publicAction } from "@/lib/platform/forms/public-action";
import {
  describeTestRunProblem,
  READINESS_PROBLEMS,
  saveSprintReadiness,
  SprintReadinessSchema,
} from "@/lib/features/registration";
import { INVALID_FORM } from "@/lib/platform/forms/action-state";

// The manage link's token is the attendee's credential; the service checks it.

export const saveReadinessAction = publicAction(SprintReadinessSchema, (token: string) => async ({ input }) => {
  const outcome = await saveSprintReadiness(token, input);
  if (outcome.ok) {
    const { testRun, ranLine, resultLine } = outcome;
    return {
      status: "success",
      message: "Your checklist is saved.",
      keepValues: true,
      result: { testRun, ranLine, resultLine },
    };
  }
  if (outcome.problem === "test-output") {
    return {
      status: "error",
      message: INVALID_FORM,
      fieldErrors: { testOutput: [describeTestRunProblem(outcome.reading)] },
      // The verdict that stands stays on show.
      result: { ...outcome.current, resultLine: null },
    };
  }
  return { status: "error", message: READINESS_PROBLEMS[outcome.problem] };
});
