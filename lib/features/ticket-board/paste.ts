/** A ticket to put on the board: Django's Trac, or an issue of one of the edition's repositories. */
export type TicketRef =
  { source: "trac"; repository: ""; number: number } | { source: "github"; repository: string; number: number };

export type PasteProblem = "not-a-ticket" | "other-trac" | "other-repository";
export type PastedLine = { line: number; text: string; problem: PasteProblem };

export const refKey = (ref: { source: string; repository: string; number: number }) =>
  `${ref.source}:${ref.repository.toLowerCase()}#${ref.number}`;

const MAX_NUMBER = 9_999_999;
const numberOf = (digits: string) => {
  const value = Number(digits);
  return value >= 1 && value <= MAX_NUMBER ? value : null;
};

/** One pasted line: "#12345", "12345", a ticket URL on TRAC_URL, or an issue URL of the edition's repositories. */
export function parseTicketLine(
  text: string,
  { tracUrl, repositories }: { tracUrl: string; repositories: string[] },
): TicketRef | PasteProblem {
  const bare = /^#?(\d{1,7})$/.exec(text);
  if (bare) {
    const number = numberOf(bare[1]!);
    return number ? { source: "trac", repository: "", number } : "not-a-ticket";
  }
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return "not-a-ticket";
  }
  const trac = new URL(tracUrl);
  const tracPath = trac.pathname.replace(/\/+$/, "");
  const ticket = /^(.*)\/ticket\/(\d{1,7})\/?$/.exec(url.pathname);
  if (ticket) {
    if (url.origin !== trac.origin || ticket[1] !== tracPath) return "other-trac";
    const number = numberOf(ticket[2]!);
    return number ? { source: "trac", repository: "", number } : "not-a-ticket";
  }
  const issue = /^\/([\w.-]+)\/([\w.-]+)\/issues\/(\d{1,7})\/?$/.exec(url.pathname);
  if (url.hostname === "github.com" && url.protocol === "https:" && issue) {
    const wanted = `${issue[1]}/${issue[2]}`.toLowerCase();
    const repository = repositories.find((name) => name.toLowerCase() === wanted);
    if (!repository) return "other-repository";
    const number = numberOf(issue[3]!);
    return number ? { source: "github", repository, number } : "not-a-ticket";
  }
  return "not-a-ticket";
}

/**
 * Pasted text, one ticket a line (blank lines ignored): the tickets in order without repeats, the
 * repeats, and each line that is not a ticket of this board, by its number.
 */
export function parsePastedTickets(text: string, options: { tracUrl: string; repositories: string[] }) {
  const tickets: TicketRef[] = [];
  const repeated: TicketRef[] = [];
  const refused: PastedLine[] = [];
  const seen = new Set<string>();
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = raw.trim();
    if (!line) return;
    const parsed = parseTicketLine(line, options);
    if (typeof parsed === "string") return refused.push({ line: index + 1, text: line.slice(0, 80), problem: parsed });
    if (seen.has(refKey(parsed))) return repeated.push(parsed);
    seen.add(refKey(parsed));
    tickets.push(parsed);
  });
  return { tickets, repeated, refused };
}
