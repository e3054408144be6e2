import { describe, expect, it } from "vitest";
import { sanitizePostHtml } from "@/lib/features/journal/sanitize-post";

describe("journal post HTML", () => {
  it("keeps paragraphs, line breaks and http(s) links, marked as user content", () => {
    const html = sanitizePostHtml(
      '<p>Day one!<br>Merged <a href="https://github.com/django/django/pull/1" class="mention" target="_blank">my PR</a></p>',
    );
    expect(html).toBe(
      '<p>Day one!<br />Merged <a href="https://github.com/django/django/pull/1" rel="nofollow noopener noreferrer ugc">my PR</a></p>',
    );
  });

  it("drops scripts, handlers, styles, iframes, images and javascript: links", () => {
    const html = sanitizePostHtml(
      '<p onclick="steal()">Hi<script>alert(1)</script><img src=x onerror=alert(1)><iframe src="https://evil.example"></iframe>' +
        '<a href="javascript:alert(1)">click</a><a href="//evil.example">proto</a><style>body{display:none}</style></p>',
    );
    expect(html).not.toMatch(/script|onerror|onclick|iframe|<img|javascript:|style|evil/);
    expect(html).toContain("Hi");
  });

  it("drops the hidden parts Mastodon wraps around long links", () => {
    const html = sanitizePostHtml(
      '<a href="https://example.org/a/long/path"><span class="invisible">https://</span><span>example.org/a/</span><span class="invisible">long/path</span></a>',
    );
    expect(html).toContain(">example.org/a/</a>");
  });
});
