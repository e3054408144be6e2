import "server-only";
import { db } from "../../../platform/db";
import { NOT_STARTED, type Readiness } from "../sprint-readiness";

/** An attendee's checklist as saved (nothing ticked before their first save). */
export async function sprintReadinessOf(registrationId: string): Promise<Readiness> {
  const saved = await db().sprintReadiness.findUnique({
    where: { registrationId },
    select: { githubAccount: true, forkAndClone: true, virtualEnv: true, testRun: true, ranLine: true },
  });
  return saved ?? NOT_STARTED;
}
