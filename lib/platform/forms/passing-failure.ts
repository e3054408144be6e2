import { passingProblem, type PassingProblem } from "../database/errors";
import { PASSING_PROBLEM_TEXT } from "./wording";

export type { PassingProblem };

/**
 * A passing failure (a busy edition, two changes that met in a deadlock, the database restarting: nothing was changed, and trying
 * again will do) as its code and the words for it; null for any other error. For a route that
 * answers a form's POST itself, as publicAction does for server actions.
 */
export function passingFailure(error: unknown): { problem: PassingProblem; message: string } | null {
  const problem = passingProblem(error);
  return problem ? { problem, message: PASSING_PROBLEM_TEXT[problem] } : null;
}
