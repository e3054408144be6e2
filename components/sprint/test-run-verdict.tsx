import { TROUBLESHOOTING_URL, VERDICT_LABELS, type TestRunVerdict } from "@/lib/features/registration/client";

type Props = { testRun: TestRunVerdict; ranLine: string | null; resultLine?: string | null };

/** The test run's verdict in words, with the line it was read from, and help for a suite that fails. */
export function TestRunVerdictText({ testRun, ranLine, resultLine }: Props) {
  return (
    <div className="space-y-1">
      <p>
        <span className="font-semibold">Test suite: {VERDICT_LABELS[testRun]}</span>
        {testRun === "ready" && <span>. You are ready to sprint!</span>}
        {testRun === "none" && <span>. Paste the end of a test run above to check it.</span>}
      </p>
      {ranLine && (
        <p className="text-sm">
          Read from <code className="break-all">{ranLine}</code>
          {resultLine && (
            <>
              {" "}
              and <code className="break-all">{resultLine}</code>
            </>
          )}
          .
        </p>
      )}
      {testRun === "failing" && (
        <p className="text-sm">
          Some tests fail on your machine, which is often a set-up problem, not yours to fix in Django: see{" "}
          <a className="underline" href={TROUBLESHOOTING_URL}>
            the contributing guide&apos;s help on common set-up problems
          </a>
          , or ask at your table on the day.
        </p>
      )}
    </div>
  );
}
