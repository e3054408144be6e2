import Link from "next/link";
import { notFound } from "next/navigation";
import { getMailboxMessages } from "./read";
import { TestSendForm } from "./test-send-form";
import { PageHeading } from "@/components/ui/page-heading";

export const metadata = { title: "Dev mailbox", robots: { index: false, follow: false } };

const time = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "medium", timeZone: "UTC" });

export default async function MailboxPage() {
  const messages = await getMailboxMessages();
  if (!messages) notFound();
  return (
    <div className="space-y-8">
      <header className="space-y-2">
        <PageHeading>Dev mailbox</PageHeading>
        <p className="max-w-2xl">
          No SMTP server is configured, so every email the site sends lands here instead. Open one to read it and follow
          its links. This page exists only on a local site without <code>SMTP_URL</code>.
        </p>
      </header>
      <TestSendForm />
      <section aria-labelledby="inbox" className="space-y-3">
        <h2 id="inbox" className="text-2xl font-semibold">
          Received ({messages.length})
        </h2>
        {messages.length === 0 ? (
          <p>No messages yet.</p>
        ) : (
          <ul className="divide-y divide-sand-200 rounded-xl border border-sand-200 dark:divide-sea-800 dark:border-sea-800">
            {messages.map((message) => (
              <li
                key={message.id}
                className="flex flex-col gap-1 p-4 [overflow-wrap:anywhere] sm:flex-row sm:justify-between"
              >
                <Link href={`/dev/mailbox/${message.id}`} className="font-semibold underline">
                  {message.subject}
                </Link>
                <span className="text-sm">
                  to {message.toAddress} ·{" "}
                  <time dateTime={message.receivedAt.toISOString()}>{time.format(message.receivedAt)} UTC</time>
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
