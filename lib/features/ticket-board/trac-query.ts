import { TIMEOUT_MS, USER_AGENT, parseCsv } from "../outcomes";

/** The columns the importer asks Trac for, whatever the pasted query shows. */
export const IMPORT_COLUMNS = [
  "id",
  "summary",
  "status",
  "owner",
  "type",
  "component",
  "has_patch",
  "needs_better_patch",
  "stage",
] as const;
/** The refresh also needs a closed ticket's resolution. */
export const REFRESH_COLUMNS = [...IMPORT_COLUMNS, "resolution"] as const;

/** Parameters of the query that are about how it is shown, not which tickets: replaced by ours. */
const DISPLAY = new Set(["col", "max", "format", "page", "row", "report"]);

export type QueryUrlProblem = "not-a-url" | "other-trac" | "not-a-query";

/**
 * A Trac query URL, as pasted, rebuilt on TRAC_URL's origin: its filters and order kept, our own
 * columns, every row (`max=0`) and CSV. Any other origin or page is refused: only TRAC_URL is asked.
 */
export function tracQueryUrl(
  pasted: string,
  tracUrl: string,
): { ok: true; url: string } | { ok: false; problem: QueryUrlProblem } {
  let url: URL;
  try {
    url = new URL(pasted.trim());
  } catch {
    return { ok: false, problem: "not-a-url" };
  }
  const trac = new URL(tracUrl);
  if (url.origin !== trac.origin) return { ok: false, problem: "other-trac" };
  if (url.pathname.replace(/\/+$/, "") !== `${trac.pathname.replace(/\/+$/, "")}/query`)
    return { ok: false, problem: "not-a-query" };
  return { ok: true, url: withColumns(url, IMPORT_COLUMNS).toString() };
}

/** The query for these tickets (`id=1,2,3`), with the refresh's columns. */
export function tracTicketsUrl(numbers: number[], tracUrl: string): string {
  const url = new URL(`${tracUrl}/query`);
  url.searchParams.set("id", numbers.join(","));
  return withColumns(url, REFRESH_COLUMNS).toString();
}

function withColumns(url: URL, columns: readonly string[]): URL {
  const rebuilt = new URL(url.origin + url.pathname);
  for (const [name, value] of url.searchParams) if (!DISPLAY.has(name)) rebuilt.searchParams.append(name, value);
  for (const column of columns) rebuilt.searchParams.append("col", column);
  rebuilt.searchParams.set("max", "0");
  rebuilt.searchParams.set("format", "csv");
  return rebuilt;
}

export type TracRow = Record<string, string>;
export type TracAnswer = { ok: true; rows: TracRow[] } | { ok: false; problem: "trac-failed"; detail: string };

/** Asks Trac for a query's CSV and reads it by column name; never throws. */
export async function fetchTracRows(url: string, fetchImpl: typeof fetch = fetch): Promise<TracAnswer> {
  try {
    const response = await fetchImpl(url, {
      headers: { accept: "text/csv", "user-agent": USER_AGENT },
      signal: AbortSignal.timeout(TIMEOUT_MS),
      // Only TRAC_URL's origin is asked: a redirect elsewhere is an answer we do not follow.
      redirect: "error",
    });
    if (!response.ok) return { ok: false, problem: "trac-failed", detail: `answered ${response.status}` };
    const type = response.headers.get("content-type") ?? "";
    const text = await response.text();
    if (/html/i.test(type) || /^\s*</.test(text))
      return { ok: false, problem: "trac-failed", detail: "answered a web page, not CSV" };
    const [header, ...lines] = parseCsv(text);
    const names = (header ?? []).map((name) => name.trim().toLowerCase());
    if (!names.includes("id"))
      return { ok: false, problem: "trac-failed", detail: "answered CSV without an id column" };
    const rows = lines
      .filter((values) => values.some((value) => value.trim() !== ""))
      .map((values) => Object.fromEntries(names.map((name, index) => [name, values[index] ?? ""])));
    return { ok: true, rows };
  } catch (error) {
    const detail =
      (error as Error).name === "TimeoutError"
        ? `gave no answer within ${TIMEOUT_MS / 1000} s`
        : "could not be reached";
    return { ok: false, problem: "trac-failed", detail };
  }
}
