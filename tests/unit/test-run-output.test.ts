import { describe, expect, it } from "vitest";
import { readTestRun, TEST_OUTPUT_READ_CHARS } from "@/lib/features/registration/test-run-output";
import { describeTestRunProblem } from "@/lib/features/registration/wording";
import { FAILING, NEAR_MISSES, READY } from "@/tests/fixtures/test-run-outputs";

describe("reading the end of ./runtests.py's output", () => {
  it.each(Object.entries(READY))("reads a passing run as ready (%s)", (_name, output) => {
    const reading = readTestRun(output);
    expect(reading).toMatchObject({ ok: true, verdict: "ready" });
    if (reading.ok) {
      expect(reading.ranLine).toMatch(/^Ran \d+ tests? in [\d.]+s$/);
      expect(reading.resultLine).toMatch(/^OK/);
    }
  });

  it("keeps the Ran line and the result line exactly", () => {
    expect(readTestRun(READY.skippedAndExpected)).toEqual({
      ok: true,
      verdict: "ready",
      ranLine: "Ran 17250 tests in 312.482s",
      resultLine: "OK (skipped=1238, expected failures=5)",
    });
  });

  it.each(Object.entries(FAILING))(
    "reads failures and errors as a suite that runs, with failures (%s)",
    (_n, output) => {
      expect(readTestRun(output)).toMatchObject({
        ok: true,
        verdict: "failing",
        resultLine: expect.stringMatching(/^FAILED \(/),
      });
    },
  );

  it.each(Object.entries(NEAR_MISSES))("never counts a near miss as ready (%s)", (_name, [output, expected]) => {
    const reading = readTestRun(output);
    if (expected === "failing") expect(reading).toMatchObject({ ok: true, verdict: "failing" });
    else expect(reading).toMatchObject({ ok: false, problem: expected });
  });

  it("reads only the end of a long paste", () => {
    // A "Ran … OK" only in the part that is not read does not count.
    const early = `Ran 5 tests in 1.000s\n\nOK\n${"x".repeat(TEST_OUTPUT_READ_CHARS)}\n`;
    expect(readTestRun(early)).toEqual({ ok: false, problem: "no-ran-line" });
    // A line cut at the start of what is read is not read: here, the Ran line itself.
    const summary = "Ran 17250 tests in 312.482s\n\nOK\n";
    const window = summary + "\n".repeat(TEST_OUTPUT_READ_CHARS - summary.length);
    expect(readTestRun(`prefix-${window}`)).toEqual({ ok: false, problem: "no-ran-line" });
    expect(readTestRun(`prefix\n${window}`)).toMatchObject({ ok: true, verdict: "ready" });
  });

  it("tells the person what to paste, quoting what it found", () => {
    for (const [, [output, expected]] of Object.entries(NEAR_MISSES)) {
      const reading = readTestRun(output);
      if (reading.ok) continue;
      expect(reading.problem).toBe(expected);
      expect(describeTestRunProblem(reading)).toMatch(/paste|Paste/);
    }
    expect(describeTestRunProblem({ problem: "no-result-line", found: "NOT OK" })).toContain("“NOT OK”");
  });
});
