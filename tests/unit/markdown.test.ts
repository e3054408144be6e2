import { describe, expect, it } from "vitest";
import { renderMarkdown } from "@/lib/platform/markdown";

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

  it("fits headings into the page's outline: from h2, one level deeper at a time, at most h4", () => {
    const levels = (source: string) =>
      [...renderMarkdown(source).matchAll(/<h(\d)>/g)].map((match) => Number(match[1]));
    expect(levels("### Why there?\n\ntext\n\n### Venue ideas")).toEqual([2, 2]);
    expect(levels("## A\n\n#### B\n\n###### C\n\n# D")).toEqual([2, 3, 4, 2]);
  });
});

describe("tables in organizer text", () => {
  it("scroll inside their own focusable box, named after their columns", () => {
    const html = renderMarkdown("| Time | What |\n| --- | --- |\n| 8:00 | Breakfast <b>and</b> sprint |");
    expect(
      html.startsWith(
        '<div role="region" aria-label="Table: Time, What" tabindex="0" class="max-w-full overflow-x-auto"><table>',
      ),
    ).toBe(true);
    expect(html.trimEnd().endsWith("</table></div>")).toBe(true);
    expect(renderMarkdown('| <a title="x">"q"</a> |\n| --- |\n| 1 |')).toContain('aria-label="Table: &quot;q&quot;"');
  });
});
