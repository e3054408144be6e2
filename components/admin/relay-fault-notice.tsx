import { type RelayFault, relayTime } from "@/lib/features/site/reads";

/** The one place organizers learn that no mail goes out, shown while it lasts. */
export function RelayFaultNotice({ fault, waiting, link }: { fault: RelayFault; waiting: number; link?: boolean }) {
  return (
    <section
      aria-labelledby="relay-fault"
      className="space-y-2 rounded-xl border-2 border-terracotta-600 bg-sand-50 p-4 text-sea-950"
    >
      <h2 id="relay-fault" className="text-xl font-semibold">
        No mail is going out
      </h2>
      <p>
        Since {relayTime(fault.since)} the mail relay refuses to send (last tried {relayTime(fault.lastErrorAt)}). Its
        answer: <code className="break-all">{fault.lastError}</code>
      </p>
      <p>
        Nothing is lost: {waiting === 1 ? "1 message waits" : `${waiting} messages wait`} in the outbox and each goes
        out once the relay accepts again (check SMTP_URL: a changed password is the usual cause). The waiting list is
        paused: an offer&apos;s time to answer starts when its email is sent.
      </p>
      {link && (
        <p>
          <a className="underline" href="/admin/mail">
            See the mail health page
          </a>
        </p>
      )}
    </section>
  );
}
