"use client";

import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { Checkbox, TextArea } from "@/components/ui/fields";
import { useActionForm, type FormAction } from "@/components/ui/form";
import {
  READINESS_STEPS,
  SprintReadinessSchema,
  TEST_OUTPUT_MAX_CHARS,
  TEST_OUTPUT_READ_CHARS,
  type TestRunVerdict,
} from "@/lib/features/registration/client";
import { TestRunVerdictText } from "./test-run-verdict";

export type TestRunResult = { testRun: TestRunVerdict; ranLine: string | null; resultLine: string | null };

/**
 * The "Ready to sprint" checklist: three steps to tick, and the end of the test run to paste.
 * The verdict is announced politely when it changes.
 */
export function ReadinessForm({
  action,
  initial,
  saved,
}: {
  action: FormAction<TestRunResult>;
  initial: Record<keyof typeof READINESS_STEPS, "on" | "">;
  saved: TestRunResult;
}) {
  const { state, fields, formProps } = useActionForm(action, { schema: SprintReadinessSchema, defaultValue: initial });
  const verdict = state.result ?? saved;
  return (
    <form {...formProps} className="space-y-4">
      <fieldset className="space-y-2">
        <legend className="font-medium">Done so far</legend>
        {(Object.keys(READINESS_STEPS) as (keyof typeof READINESS_STEPS)[]).map((step) => (
          <Checkbox key={step} field={fields[step]!}>
            {READINESS_STEPS[step]}
          </Checkbox>
        ))}
      </fieldset>
      <TextArea
        field={fields.testOutput!}
        label="The end of your ./runtests.py output (optional)"
        hint={`From the tests folder of your clone, run ./runtests.py and paste its last lines here: the “Ran … tests in …s” line and the “OK” or “FAILED” line below it. We read only the last ${TEST_OUTPUT_READ_CHARS.toLocaleString("en")} characters of what you paste, and keep only the verdict and the “Ran” line, never the paste.`}
        rows={6}
        // A whole run pasted: its end is what counts, so the box keeps the end, never the start.
        maxLength={undefined}
        onChange={(event) => {
          const box = event.currentTarget;
          if (box.value.length > TEST_OUTPUT_MAX_CHARS) box.value = box.value.slice(-TEST_OUTPUT_MAX_CHARS);
        }}
        spellCheck={false}
        autoComplete="off"
        className="w-full rounded-md border border-sea-700 bg-white px-3 py-2 font-mono text-sm text-sea-950 aria-invalid:border-terracotta-600 dark:bg-sea-900 dark:text-sand-50"
      />
      <SubmitButton pendingLabel="Saving…">Save my checklist</SubmitButton>
      <FormMessage state={state} />
      <div role="status" aria-live="polite" aria-atomic="true" className="rounded-md border border-sea-700 p-3">
        <TestRunVerdictText {...verdict} />
      </div>
    </form>
  );
}
