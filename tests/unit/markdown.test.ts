import { describe, expect, it } from "vitest";
import { renderMarkdown } from "@/lib/markdown";

describe("renderMarkdown", () => {
  it("renders organizer markdown", () => {
    const html = renderMarkdown("**14 people** at [three tables](https://example.org)");
    expect(html).toContain("<strong>14 people</strong>");
    expect(html).toContain('<a href="https://example.org" rel="noopener noreferrer">three tables</a>');
  });

  it("drops scripts, event handlers and javascript: links", () => {
    const html = renderMarkdown(
      '<script>alert(1)</script><img src=x onerror="alert(2)">\n\n[x](javascript:alert(3)) <a href="#" onclick="alert(4)">y</a>',
    );
    expect(html).toContain(`<a rel="noopener noreferrer">x</a>`);
    expect(html).not.toMatch(/<script|onerror|onclick|javascript:|<img/i);
  });

  it("demotes headings below the page's own", () => {
    expect(renderMarkdown("# Title").trim()).toBe("<h2>Title</h2>");
  });
});
