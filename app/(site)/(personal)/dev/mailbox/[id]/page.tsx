import { notFound } from "next/navigation";
import sanitizeHtml from "sanitize-html";
import { getMailboxEntry } from "../read";
import { PageHeading } from "@/components/ui/page-heading";
import { BackLink } from "@/components/ui/back-link";

export const metadata = { title: "Dev mailbox", robots: { index: false, follow: false } };

// The message's own HTML, minus anything active: scripts never run here, links stay clickable.
function safeEmailHtml(source: string): string {
  return sanitizeHtml(source, {
    allowedTags: sanitizeHtml.defaults.allowedTags.concat(["span"]),
    allowedAttributes: { "*": ["style", "align", "width"], a: ["href", "style"] },
    allowedSchemes: ["http", "https", "mailto"],
    nonTextTags: ["style", "script", "textarea", "option", "noscript", "title"],
  });
}

export default async function MailboxMessagePage({ params }: { params: Promise<{ id: string }> }) {
  const message = await getMailboxEntry((await params).id);
  if (!message) notFound();
  return (
    <article className="space-y-6">
      <BackLink href="/dev/mailbox">Dev mailbox</BackLink>
      <PageHeading size="compact">{message.subject}</PageHeading>
      <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
        <dt className="font-semibold">To</dt>
        <dd>{message.toAddress}</dd>
        <dt className="font-semibold">Message-ID</dt>
        <dd className="break-all">{message.messageId}</dd>
        <dt className="font-semibold">Received</dt>
        <dd>{message.receivedAt.toISOString()}</dd>
      </dl>
      <div className="space-y-2">
        <h2 id="html-part" className="text-xl font-semibold">
          HTML part
        </h2>
        {/* The message's own layout tables scroll inside this box, which keyboard users can focus. */}
        <div
          role="region"
          aria-labelledby="html-part"
          tabIndex={0}
          className="overflow-x-auto rounded-xl border border-sand-200 bg-white text-sea-950 [&_p]:my-3"
          dangerouslySetInnerHTML={{ __html: safeEmailHtml(message.html) }}
        />
      </div>
      <section aria-labelledby="text-part" className="space-y-2">
        <h2 id="text-part" className="text-xl font-semibold">
          Plain-text part
        </h2>
        {/* Long links wrap anywhere, so the text never scrolls sideways on a phone. */}
        <pre className="whitespace-pre-wrap rounded-xl bg-sand-100 p-4 text-sm [overflow-wrap:anywhere] dark:bg-sea-900">
          {message.text}
        </pre>
      </section>
      <details className="rounded-xl border border-sand-200 p-4 dark:border-sea-800">
        <summary className="cursor-pointer font-semibold">Raw message (MIME)</summary>
        <pre role="region" aria-label="Raw message" tabIndex={0} className="mt-3 overflow-x-auto text-xs">
          {message.raw}
        </pre>
      </details>
    </article>
  );
}
