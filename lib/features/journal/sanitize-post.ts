import sanitizeHtml from "sanitize-html";

/**
 * Post HTML from another server is hostile until proven otherwise: only paragraphs, line breaks
 * and http(s) links survive, and links open as untrusted user content.
 */
export function sanitizePostHtml(html: string): string {
  return sanitizeHtml(html, {
    allowedTags: ["p", "br", "a", "span"],
    allowedAttributes: { a: ["href", "rel"], span: ["class"] },
    allowedClasses: { span: ["invisible"] },
    allowedSchemes: ["http", "https"],
    allowProtocolRelative: false,
    disallowedTagsMode: "discard",
    // Mastodon hides the middle of long links in <span class="invisible">: drop those parts.
    exclusiveFilter: (frame) => frame.tag === "span" && /\binvisible\b/.test(frame.attribs.class ?? ""),
    transformTags: {
      a: sanitizeHtml.simpleTransform("a", { rel: "nofollow noopener noreferrer ugc" }),
      // Once the hidden parts are gone a span carries nothing: keep its text only.
      span: (_tagName, attribs) => {
        const hidden = /\binvisible\b/.test(attribs.class ?? "");
        return {
          tagName: hidden ? "span" : "",
          attribs: hidden ? { class: "invisible" } : ({} as Record<string, string>),
        };
      },
    },
  }).trim();
}
