import { marked, type TokensList } from "marked";
import sanitizeHtml from "sanitize-html";

const allowed: sanitizeHtml.IOptions = {
  allowedTags: [
    "p",
    "br",
    "strong",
    "em",
    "code",
    "pre",
    "blockquote",
    "ul",
    "ol",
    "li",
    "a",
    "h2",
    "h3",
    "h4",
    "table",
    "thead",
    "tbody",
    "tr",
    "th",
    "td",
    "hr",
  ],
  allowedAttributes: { a: ["href", "title", "rel"], th: ["align"], td: ["align"] },
  allowedSchemes: ["http", "https", "mailto"],
  transformTags: {
    // Headings inside organizer text sit below the page's own h1 and h2.
    h1: "h2",
    a: sanitizeHtml.simpleTransform("a", { rel: "noopener noreferrer" }),
  },
};

/**
 * Fits organizer text's headings into the page's outline: they start at h2 (below the page's
 * h1), go at most one level deeper at a time, and stop at h4. "### Venue" written first is an h2.
 */
function inOutline(tokens: TokensList): TokensList {
  // The open headings: what each was written as, and what it became.
  const open: { written: number; level: number }[] = [];
  for (const token of tokens) {
    if (token.type !== "heading") continue;
    while (open.length > 0 && open.at(-1)!.written >= token.depth) open.pop();
    const level = Math.min(4, open.length === 0 ? 2 : open.at(-1)!.level + 1);
    open.push({ written: token.depth, level });
    token.depth = level;
  }
  return tokens;
}

/**
 * Puts each table in its own focusable, labelled scroll box (named after its column headings),
 * so that on a narrow screen the table scrolls and the page does not (WCAG 1.4.10). Runs on
 * sanitized HTML, where a table tag carries no attributes.
 */
function withScrollableTables(html: string): string {
  return html.replace(/<table>([\s\S]*?)<\/table>/g, (table, inner: string) => {
    const headings = [...inner.matchAll(/<th[^>]*>([\s\S]*?)<\/th>/g)]
      .map((match) => match[1]!.replace(/<[^>]*>/g, "").trim())
      .filter(Boolean);
    const label = `Table${headings.length ? `: ${headings.join(", ")}` : ""}`.replace(/"/g, "&quot;");
    return `<div role="region" aria-label="${label}" tabindex="0" class="max-w-full overflow-x-auto">${table}</div>`;
  });
}

const rendered = new Map<string, string>();
const REMEMBERED = 500;

/**
 * Markdown written by organizers, rendered to HTML that is safe to insert. The same text renders
 * the same way, so the last few hundred results are kept: parsing and sanitizing on every view
 * of an edition page cost more than the rest of the page.
 */
export function renderMarkdown(source: string): string {
  const known = rendered.get(source);
  if (known !== undefined) return known;
  const tokens = marked.lexer(source, { gfm: true });
  const html = withScrollableTables(sanitizeHtml(marked.parser(inOutline(tokens), { gfm: true }), allowed));
  if (rendered.size >= REMEMBERED) rendered.delete(rendered.keys().next().value!);
  rendered.set(source, html);
  return html;
}
