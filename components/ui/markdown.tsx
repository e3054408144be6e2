import { renderMarkdown } from "@/lib/platform/markdown";

/** Organizer-written markdown; renderMarkdown sanitizes it, so inserting the HTML is safe. */
export function Markdown({ source }: { source: string }) {
  return <div className="prose-med" dangerouslySetInnerHTML={{ __html: renderMarkdown(source) }} />;
}
