import type { TicketState } from "../../generated/prisma/enums";
import { TIMEOUT_MS, githubHeaders, githubRateLimit } from "../outcomes";

export type GitHubServices = { githubApiUrl: string; githubToken: string | undefined };

export type IssueAnswer =
  | { ok: true; title: string; state: TicketState; resolution: string | null; owner: string | null }
  | { ok: false; problem: "rate-limited"; retryAt: Date | null }
  | { ok: false; problem: "github-failed"; detail: string };

type Issue = {
  title?: unknown;
  state?: unknown;
  state_reason?: unknown;
  assignee?: { login?: unknown } | null;
};
type TimelineEvent = {
  event?: unknown;
  source?: { type?: unknown; issue?: { pull_request?: { merged_at?: unknown } | null } | null } | null;
};

/**
 * Where a GitHub issue stands: GET /repos/{o}/{r}/issues/{n} gives its state, state_reason and
 * title; its timeline's `cross-referenced` events whose source issue is a pull request say it has
 * one, and that pull request's `merged_at` that it was merged. Merged first, then closed, then
 * with a pull request, else open. Never throws.
 */
export async function fetchGitHubIssue(
  repository: string,
  number: number,
  services: GitHubServices,
  fetchImpl: typeof fetch = fetch,
  now: Date = new Date(),
): Promise<IssueAnswer> {
  const base = `${services.githubApiUrl}/repos/${repository}/issues/${number}`;
  const ask = (url: string) =>
    fetchImpl(url, { headers: githubHeaders(services), signal: AbortSignal.timeout(TIMEOUT_MS) });
  try {
    const response = await ask(base);
    const limited = githubRateLimit(response, now);
    if (limited) return { ok: false, problem: "rate-limited", retryAt: limited.retryAt };
    if (response.status === 404) return { ok: false, problem: "github-failed", detail: "has no such issue" };
    if (!response.ok) return { ok: false, problem: "github-failed", detail: `answered ${response.status}` };
    const issue = (await response.json()) as Issue;
    const timeline = await ask(`${base}/timeline?per_page=100`);
    const timelineLimited = githubRateLimit(timeline, now);
    if (timelineLimited) return { ok: false, problem: "rate-limited", retryAt: timelineLimited.retryAt };
    if (!timeline.ok) return { ok: false, problem: "github-failed", detail: `answered ${timeline.status}` };
    const events = (await timeline.json()) as TimelineEvent[];
    const pulls = (Array.isArray(events) ? events : [])
      .filter((event) => event.event === "cross-referenced")
      .map((event) => event.source?.issue?.pull_request)
      .filter((pull) => pull !== null && pull !== undefined);
    const title = typeof issue.title === "string" ? issue.title : `Issue #${number}`;
    const owner = typeof issue.assignee?.login === "string" ? issue.assignee.login : null;
    const reason = typeof issue.state_reason === "string" ? issue.state_reason : null;
    const state: TicketState = pulls.some((pull) => Boolean(pull.merged_at))
      ? "merged"
      : issue.state === "closed"
        ? "closed"
        : pulls.length > 0
          ? "with_pull_request"
          : "open";
    return { ok: true, title, state, resolution: state === "closed" ? reason : null, owner };
  } catch (error) {
    const detail =
      (error as Error).name === "TimeoutError"
        ? `gave no answer within ${TIMEOUT_MS / 1000} s`
        : "could not be reached";
    return { ok: false, problem: "github-failed", detail };
  }
}
