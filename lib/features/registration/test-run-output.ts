/** How much of a paste is read: its last characters (a whole run prints megabytes, its end is what counts). */
export const TEST_OUTPUT_READ_CHARS = 4_000;

/** The longest paste accepted; only its last TEST_OUTPUT_READ_CHARS are read. */
export const TEST_OUTPUT_MAX_CHARS = 100_000;

export type TestRunProblem = "no-ran-line" | "cut-after-ran" | "no-tests" | "no-result-line";

export type TestRunReading =
  | { ok: true; verdict: "ready" | "failing"; ranLine: string; resultLine: string }
  /** `found`: the line that stood where the result line should be (no-result-line). */
  | { ok: false; problem: TestRunProblem; found?: string };

// unittest's summary, as TextTestRunner prints it: "Ran 1 test in 0.001s" / "Ran 17250 tests in 312.482s",
// a blank line, then "OK", "OK (skipped=3, expected failures=2)" or "FAILED (failures=1, errors=2)".
const RAN = /^Ran (\d+) tests? in \d+(?:\.\d+)?s$/;
const OK = /^OK(?: \((.+)\))?$/;
const FAILED = /^FAILED(?: \((.+)\))?$/;
const OK_COUNTS = new Set(["skipped", "expected failures", "unexpected successes"]);
const FAILED_COUNTS = new Set([...OK_COUNTS, "failures", "errors"]);
// A terminal's colour codes, pasted along.
const ANSI = /\u001b\[[0-9;]*[A-Za-z]/g;

/** "skipped=3, expected failures=2": every part a known name with a count. */
function countsOf(infos: string | undefined, names: Set<string>): boolean {
  if (infos === undefined) return true;
  return infos.split(", ").every((part) => {
    const match = /^([a-z ]+)=(\d+)$/.exec(part);
    return match !== null && names.has(match[1]!);
  });
}

/** The lines read: the paste's last TEST_OUTPUT_READ_CHARS, from the first whole line, trimmed. */
function lastLines(output: string): string[] {
  const text = output.replace(/\r\n?/g, "\n").replace(ANSI, "");
  const tail = text.length > TEST_OUTPUT_READ_CHARS ? text.slice(-TEST_OUTPUT_READ_CHARS) : text;
  const lines = tail.split("\n");
  if (tail.length < text.length && !text.endsWith("\n", text.length - tail.length)) lines.shift(); // cut mid-line
  return lines.map((line) => line.trim());
}

/**
 * Reads the end of `./runtests.py`'s output: the last "Ran N tests in X.XXXs" line, and the first
 * line after it that is not blank. "OK" (with unittest's counts or not) after a run of at least
 * one test is ready; "FAILED (…)" is a suite that runs, with failures. Anything else is refused
 * with what was missing, so that the person knows what to paste.
 */
export function readTestRun(output: string): TestRunReading {
  const lines = lastLines(output);
  const ran = lines.findLastIndex((line) => RAN.test(line));
  if (ran === -1) return { ok: false, problem: "no-ran-line" };
  const ranLine = lines[ran]!;
  const resultLine = lines.slice(ran + 1).find((line) => line !== "");
  if (resultLine === undefined) return { ok: false, problem: "cut-after-ran" };
  if (Number(RAN.exec(ranLine)![1]) === 0) return { ok: false, problem: "no-tests" };
  const ok = OK.exec(resultLine);
  if (ok && countsOf(ok[1], OK_COUNTS)) return { ok: true, verdict: "ready", ranLine, resultLine };
  const failed = FAILED.exec(resultLine);
  if (failed && countsOf(failed[1], FAILED_COUNTS)) return { ok: true, verdict: "failing", ranLine, resultLine };
  return { ok: false, problem: "no-result-line", found: resultLine.slice(0, 80) };
}
