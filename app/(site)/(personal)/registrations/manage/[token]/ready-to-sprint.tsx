import { ReadinessForm } from "@/components/sprint/readiness-form";
import { sprintReadinessOf } from "@/lib/features/registration/reads";
import { saveReadinessAction } from "./readiness-actions";

const on = (ticked: boolean) => (ticked ? "on" : "") as "on" | "";

/** "Ready to sprint": the set-up checklist, with the test run checked from its output. */
export async function ReadyToSprint({ token, registrationId }: { token: string; registrationId: string }) {
  const readiness = await sprintReadinessOf(registrationId);
  return (
    <section
      aria-labelledby="ready-to-sprint"
      className="space-y-4 rounded-xl border border-sand-200 p-5 dark:border-sea-800"
    >
      <h2 id="ready-to-sprint" className="text-xl font-semibold">
        Ready to sprint
      </h2>
      <p>
        Setting up takes an hour or two the first time: do it at home, and the sprint mornings go to Django itself.
        Organizers see this checklist to seat newcomers still setting up with someone who can help.
      </p>
      <ReadinessForm
        action={saveReadinessAction.bind(null, token)}
        initial={{
          githubAccount: on(readiness.githubAccount),
          forkAndClone: on(readiness.forkAndClone),
          virtualEnv: on(readiness.virtualEnv),
        }}
        saved={{ testRun: readiness.testRun, ranLine: readiness.ranLine, resultLine: null }}
      />
    </section>
  );
}
