import type { OutcomeStatus } from "../generated/prisma/enums";
import { githubHeaders, githubRateLimit, TIMEOUT_MS, type StatusServices } from "./fetch-status";

export type FoundPullRequest = { url: string; title: string; status: OutcomeStatus; openedAt: Date; author: string };

export type SearchAnswer =
  | { ok: true; pulls: FoundPullRequest[] }
  | { ok: false; problem: "rate-limited"; message: string; retryAt: Date | null }
  | { ok: false; problem: "failed"; message: string };

const day = (at: Date) => at.toISOString().slice(0, 10);

/**
 * Asks GitHub's search for the pull requests one account opened in the given repositories
 * between two days (inclusive). Only this public query leaves the site: the username, the
 * repositories and the dates. Never throws. Results are checked again here (author, window),
 * so an answer that strays outside the query proposes nothing it should not.
 */
export async function searchPullRequests(
  author: string,
  repositories: readonly string[],
  window: { from: Date; to: Date },
  services: Pick<StatusServices, "githubApiUrl" | "githubToken">,
  fetchImpl: typeof fetch = fetch,
): Promise<SearchAnswer> {
  const query = [
    "is:pr",
    `author:${author}`,
    ...repositories.map((repository) => `repo:${repository}`),
    `created:${day(window.from)}..${day(window.to)}`,
  ].join(" ");
  const url = `${services.githubApiUrl}/search/issues?q=${encodeURIComponent(query)}&per_page=100`;
  try {
    const response = await fetchImpl(url, {
      headers: githubHeaders(services),
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
    const limited = githubRateLimit(response);
    if (limited) return limited;
    if (!response.ok) return { ok: false, problem: "failed", message: `GitHub's search answered ${response.status}.` };
    const body = (await response.json()) as { items?: unknown };
    if (!Array.isArray(body.items)) return { ok: false, problem: "failed", message: "GitHub's search had no items." };
    const end = window.to.getTime() + 24 * 60 * 60_000;
    const pulls = body.items
      .map(toPull)
      .filter((pull): pull is FoundPullRequest => pull !== null)
      .filter((pull) => pull.author.toLowerCase() === author.toLowerCase())
      .filter((pull) => pull.openedAt.getTime() >= window.from.getTime() && pull.openedAt.getTime() < end);
    return { ok: true, pulls };
  } catch (error) {
    const reason =
      (error as Error).name === "TimeoutError" ? `no answer within ${TIMEOUT_MS / 1000} s` : (error as Error).message;
    return { ok: false, problem: "failed", message: `GitHub could not be reached (${reason}).` };
  }
}

function toPull(item: unknown): FoundPullRequest | null {
  const raw = item as {
    html_url?: unknown;
    title?: unknown;
    state?: unknown;
    created_at?: unknown;
    user?: { login?: unknown };
    pull_request?: { merged_at?: unknown; html_url?: unknown };
  };
  if (typeof raw.html_url !== "string" || !/^https:\/\/github\.com\/[^/]+\/[^/]+\/pull\/\d+$/.test(raw.html_url))
    return null;
  if (typeof raw.title !== "string" || typeof raw.created_at !== "string" || typeof raw.user?.login !== "string")
    return null;
  const openedAt = new Date(raw.created_at);
  if (Number.isNaN(openedAt.getTime())) return null;
  const status: OutcomeStatus = raw.pull_request?.merged_at ? "merged" : raw.state === "closed" ? "closed" : "open";
  return { url: raw.html_url, title: raw.title.slice(0, 300), status, openedAt, author: raw.user.login };
}
