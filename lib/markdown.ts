import { marked } from "marked";
import sanitizeHtml from "sanitize-html";

const allowed: sanitizeHtml.IOptions = {
  allowedTags: [
    "p", "br", "strong", "em", "code", "pre", "blockquote", "ul", "ol", "li", "a",
    "h2", "h3", "h4", "table", "thead", "tbody", "tr", "th", "td", "hr",
  ],
  allowedAttributes: { a: ["href", "title", "rel"], th: ["align"], td: ["align"] },
  allowedSchemes: ["http", "https", "mailto"],
  transformTags: {
    // Headings inside organizer text sit below the page's own h1 and h2.
    h1: "h2",
    a: sanitizeHtml.simpleTransform("a", { rel: "noopener noreferrer" }),
  },
};

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
  const html = sanitizeHtml(marked.parse(source, { async: false, gfm: true }), allowed);
  if (rendered.size >= REMEMBERED) rendered.delete(rendered.keys().next().value!);
  rendered.set(source, html);
  return html;
}
