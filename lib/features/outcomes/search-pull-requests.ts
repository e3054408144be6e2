import type { OutcomeStatus } from "../../generated/prisma/enums";
import { githubHeaders, githubRateLimit, TIMEOUT_MS, type StatusServices } from "./fetch-status";
import { readSearchRate, type SearchRate } from "./search-budget";

export type FoundPullRequest = { url: string; title: string; status: OutcomeStatus; openedAt: Date; author: string };

export type SearchPage = {
  ok: true;
  pulls: FoundPullRequest[];
  /** GitHub's Link header named a next page. */
  hasNext: boolean;
  /** GitHub's search timed out before looking everywhere: some pull requests may be missing. */
  incomplete: boolean;
  rate: SearchRate;
};

export type SearchAnswer =
  | SearchPage
  | { ok: false; problem: "rate-limited"; message: string; retryAt: Date | null }
  | { ok: false; problem: "failed"; message: string };

export const PER_PAGE = 100;
/** GitHub's search returns at most 1,000 results: ten pages of a hundred. */
export const LAST_PAGE = 10;

const day = (at: Date) => at.toISOString().slice(0, 10);

type Query = { author: string; repositories: readonly string[]; window: { from: Date; to: Date }; page: number };

/**
 * Asks GitHub's search for one page of the pull requests one account opened in the given
 * repositories between two days (inclusive), oldest first so that pages stay put while new ones
 * appear. Only this public query leaves the site: the username, the repositories and the dates.
 * Never throws. Results are checked again here (author, repository, window), so an answer that
 * strays outside the query proposes nothing it should not.
 */
export async function searchPullRequests(
  query: Query,
  services: Pick<StatusServices, "githubApiUrl" | "githubToken">,
  now: Date,
  fetchImpl: typeof fetch = fetch,
): Promise<SearchAnswer> {
  const { author, repositories, window, page } = query;
  const q = [
    "is:pr",
    `author:${author}`,
    ...repositories.map((repository) => `repo:${repository}`),
    `created:${day(window.from)}..${day(window.to)}`,
  ].join(" ");
  const url = `${services.githubApiUrl}/search/issues?q=${encodeURIComponent(q)}&sort=created&order=asc&per_page=${PER_PAGE}&page=${page}`;
  try {
    const response = await fetchImpl(url, {
      headers: githubHeaders(services),
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
    const limited = githubRateLimit(response, now);
    if (limited) return limited;
    if (!response.ok) return { ok: false, problem: "failed", message: `GitHub's search answered ${response.status}.` };
    const body = (await response.json()) as { items?: unknown; incomplete_results?: unknown };
    if (!Array.isArray(body.items)) return { ok: false, problem: "failed", message: "GitHub's search had no items." };
    const end = window.to.getTime() + 24 * 60 * 60_000;
    const inRepositories = new Set(repositories.map((repository) => repository.toLowerCase()));
    const pulls = body.items
      .map(toPull)
      .filter((pull): pull is FoundPullRequest => pull !== null)
      .filter((pull) => pull.author.toLowerCase() === author.toLowerCase())
      .filter((pull) => inRepositories.has(repositoryOf(pull.url)))
      .filter((pull) => pull.openedAt.getTime() >= window.from.getTime() && pull.openedAt.getTime() < end);
    return {
      ok: true,
      pulls,
      hasNext: /<[^>]*>;\s*rel="next"/.test(response.headers.get("link") ?? ""),
      incomplete: body.incomplete_results === true,
      rate: readSearchRate(response.headers),
    };
  } catch (error) {
    const reason =
      (error as Error).name === "TimeoutError" ? `no answer within ${TIMEOUT_MS / 1000} s` : (error as Error).message;
    return { ok: false, problem: "failed", message: `GitHub could not be reached (${reason}).` };
  }
}

/** "owner/name" of a pull request's link, lowercased (GitHub's names are case-insensitive). */
const repositoryOf = (url: string) => new URL(url).pathname.split("/").slice(1, 3).join("/").toLowerCase();

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
