/** Where an outcome's status can be read, recognized from its link. */
export type StatusSource =
  { kind: "github-pull"; owner: string; repo: string; number: number } | { kind: "trac-ticket"; number: number };

const NAME = /^[A-Za-z0-9_.-]+$/;

/**
 * GitHub pull requests (github.com/owner/repo/pull/N) and Trac tickets (…/ticket/N on Django's
 * Trac or the configured one); anything else has no status to refresh.
 */
export function statusSourceOf(url: string | null, tracUrl: string): StatusSource | null {
  if (!url || !URL.canParse(url)) return null;
  const parsed = new URL(url);
  const parts = parsed.pathname.split("/").filter(Boolean);
  if (parsed.hostname === "github.com" && parts.length >= 4 && parts[2] === "pull" && /^\d+$/.test(parts[3]!)) {
    const [owner, repo] = parts as [string, string];
    if (NAME.test(owner) && NAME.test(repo)) return { kind: "github-pull", owner, repo, number: Number(parts[3]) };
  }
  const tracHosts = new Set(["code.djangoproject.com", new URL(tracUrl).host]);
  const ticket = parts.length === 2 && parts[0] === "ticket" && /^\d+$/.test(parts[1]!);
  if (tracHosts.has(parsed.host) && ticket) return { kind: "trac-ticket", number: Number(parts[1]) };
  return null;
}
