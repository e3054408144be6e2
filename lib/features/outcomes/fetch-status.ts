import type { OutcomeStatus } from "../../generated/prisma/enums";
import { parseCsv } from "./csv";
import type { StatusSource } from "./status-source";

export type StatusServices = { githubApiUrl: string; githubToken: string | undefined; tracUrl: string };

export type StatusAnswer =
  | { ok: true; status: OutcomeStatus }
  /** The service asked us to slow down: stop asking it until `retryAt`. */
  | { ok: false; problem: "rate-limited"; message: string; retryAt: Date | null }
  | { ok: false; problem: "failed"; message: string };

export const TIMEOUT_MS = 10_000;
export const USER_AGENT = "django-on-the-med-outcomes (+https://github.com/)";

/** The headers of every request to GitHub's API; the token only when one is set. */
export const githubHeaders = (services: Pick<StatusServices, "githubToken">) => ({
  accept: "application/vnd.github+json",
  "user-agent": USER_AGENT,
  "x-github-api-version": "2022-11-28",
  ...(services.githubToken ? { authorization: `Bearer ${services.githubToken}` } : {}),
});

/** Asks GitHub or Trac where a pull request or ticket stands; never throws. */
export async function fetchOutcomeStatus(
  source: StatusSource,
  services: StatusServices,
  fetchImpl: typeof fetch = fetch,
): Promise<StatusAnswer> {
  try {
    return source.kind === "github-pull"
      ? await githubPull(source, services, fetchImpl)
      : await tracTicket(source, services, fetchImpl);
  } catch (error) {
    const reason =
      (error as Error).name === "TimeoutError" ? `no answer within ${TIMEOUT_MS / 1000} s` : (error as Error).message;
    return { ok: false, problem: "failed", message: `${serviceName(source)} could not be reached (${reason}).` };
  }
}

const serviceName = (source: StatusSource) => (source.kind === "github-pull" ? "GitHub" : "Trac");

async function githubPull(
  source: Extract<StatusSource, { kind: "github-pull" }>,
  services: StatusServices,
  fetchImpl: typeof fetch,
): Promise<StatusAnswer> {
  const url = `${services.githubApiUrl}/repos/${source.owner}/${source.repo}/pulls/${source.number}`;
  const response = await fetchImpl(url, {
    headers: githubHeaders(services),
    signal: AbortSignal.timeout(TIMEOUT_MS),
    redirect: "follow",
  });
  const limited = githubRateLimit(response);
  if (limited) return limited;
  if (response.status === 404)
    return {
      ok: false,
      problem: "failed",
      message: `GitHub has no pull request ${source.owner}/${source.repo}#${source.number}.`,
    };
  if (!response.ok) return { ok: false, problem: "failed", message: `GitHub answered ${response.status}.` };
  const body = (await response.json()) as { state?: unknown; merged_at?: unknown };
  if (body.merged_at) return { ok: true, status: "merged" };
  if (body.state === "open") return { ok: true, status: "open" };
  if (body.state === "closed") return { ok: true, status: "closed" };
  return { ok: false, problem: "failed", message: "GitHub's answer had no state." };
}

/** GitHub's answer when its rate limit is used up (a 403 or 429 saying so), else null. */
export function githubRateLimit(
  response: Response,
  now: Date = new Date(),
): { ok: false; problem: "rate-limited"; message: string; retryAt: Date | null } | null {
  const exhausted = response.headers.get("x-ratelimit-remaining") === "0";
  if (response.status !== 429 && !(response.status === 403 && (exhausted || response.headers.has("retry-after"))))
    return null;
  const retryAfter = Number(response.headers.get("retry-after"));
  const reset = Number(response.headers.get("x-ratelimit-reset"));
  const retryAt =
    Number.isFinite(retryAfter) && retryAfter > 0
      ? new Date(now.getTime() + retryAfter * 1000)
      : Number.isFinite(reset) && reset > 0
        ? new Date(reset * 1000)
        : null;
  return {
    ok: false,
    problem: "rate-limited",
    message: `GitHub's rate limit is used up${retryAt ? ` until ${retryAt.toISOString().slice(11, 16)} UTC` : ""}; set GITHUB_TOKEN for a higher one.`,
    retryAt,
  };
}

async function tracTicket(
  source: Extract<StatusSource, { kind: "trac-ticket" }>,
  services: StatusServices,
  fetchImpl: typeof fetch,
): Promise<StatusAnswer> {
  const response = await fetchImpl(`${services.tracUrl}/ticket/${source.number}?format=csv`, {
    headers: { accept: "text/csv", "user-agent": USER_AGENT },
    signal: AbortSignal.timeout(TIMEOUT_MS),
  });
  if (response.status === 429)
    return { ok: false, problem: "rate-limited", message: "Trac asked us to slow down.", retryAt: null };
  if (response.status === 404)
    return { ok: false, problem: "failed", message: `Trac has no ticket #${source.number}.` };
  if (!response.ok) return { ok: false, problem: "failed", message: `Trac answered ${response.status}.` };
  const [header, values] = parseCsv(await response.text());
  const field = (name: string) => values?.[header?.indexOf(name) ?? -1]?.trim().toLowerCase();
  const status = field("status");
  if (!status) return { ok: false, problem: "failed", message: "Trac's answer had no status." };
  if (status !== "closed") return { ok: true, status: "open" };
  return { ok: true, status: field("resolution") === "fixed" ? "done" : "closed" };
}
