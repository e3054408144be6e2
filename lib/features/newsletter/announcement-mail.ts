import { renderMarkdown } from "../../platform/markdown";
import type { EmailRequest } from "../../platform/mail";
import { newsletterUrls } from "./links";

type Announcement = { slug: string; subject: string; body: string };

/** Renders the markdown once per batch; each recipient then differs only by their unsubscribe link. */
export function announcementMailer(announcement: Announcement) {
  const bodyHtml = renderMarkdown(announcement.body);
  const archiveUrl = newsletterUrls.archive(announcement.slug);
  return (
    to: { email: string; name?: string },
    unsubscribeUrl: string,
    subjectPrefix = "",
  ): EmailRequest<"announcement"> => ({
    template: "announcement",
    data: {
      subject: subjectPrefix + announcement.subject,
      bodyHtml,
      bodyText: announcement.body,
      archiveUrl,
      unsubscribeUrl,
    },
    to,
    headers: {
      // RFC 8058: mail clients show an unsubscribe button that POSTs to this address.
      "List-Unsubscribe": `<${unsubscribeUrl}>`,
      "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
    },
  });
}
