import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { RelayFaultNotice } from "@/components/admin/relay-fault-notice";

describe("the relay fault notice on the dashboard and the mail health page", () => {
  it("says since when no mail goes out, the relay's answer, and that nothing is lost", () => {
    const html = renderToStaticMarkup(
      createElement(RelayFaultNotice, {
        fault: {
          since: new Date("2031-02-01T10:00:00Z"),
          lastError: "EAUTH 535 Invalid login: 535 5.7.8 Authentication credentials invalid",
          lastErrorAt: new Date("2031-02-01T16:15:00Z"),
          resumeAt: new Date("2031-02-01T16:30:00Z"),
        },
        waiting: 12,
        link: true,
      }),
    );
    const text = html.replace(/<[^>]+>/g, "");
    expect(text).toContain("No mail is going out");
    expect(text).toContain(
      "Since 1 Feb 2031, 10:00 UTC the mail relay refuses to send (last tried 1 Feb 2031, 16:15 UTC)",
    );
    expect(text).toContain("535 5.7.8 Authentication credentials invalid");
    expect(text).toContain("Nothing is lost: 12 messages wait in the outbox");
    expect(html).toContain('href="/admin/mail"');
  });
});
