import { type SiteSettings } from "../site";
import { consentText } from "./wording";
import { html } from "../../platform/mail/escape";
import { layout, type Rendered } from "../../platform/mail/layout";
import { plainMessage } from "../../platform/mail/plain-message";

const message = (
  site: SiteSettings,
  subject: string,
  name: string | null | undefined,
  paragraphs: string[],
  action?: { label: string; url: string },
) =>
  plainMessage(site, {
    subject,
    name,
    paragraphs,
    action,
    footerNote: `You receive this because someone entered this address on ${site.name}. If it was not you, ignore it: nothing happens without the button.`,
  });

export const newsletterConfirm = (
  // `consent`: the words as queued, in messages queued before they were written at send time.
  data: { name: string | null; confirmUrl: string; expiresIn: string; consent?: string },
  site: SiteSettings,
) =>
  message(
    site,
    `Confirm your subscription to ${site.name}`,
    data.name,
    [
      `Someone (probably you) asked to receive ${site.name} announcements at this address. Press the button to confirm.`,
      `What you agree to: “${data.consent ?? consentText(site.name)}”`,
      `The link works for ${data.expiresIn}. If you did not ask, ignore this message: you will not be subscribed.`,
    ],
    { label: "Confirm my subscription", url: data.confirmUrl },
  );

export const newsletterAlready = (data: { name: string | null; newsletterUrl: string }, site: SiteSettings) =>
  message(site, `You are already subscribed to ${site.name}`, data.name, [
    `Someone (probably you) asked to subscribe this address again. It is already subscribed, so nothing changed.`,
    `Every announcement has an unsubscribe link at the bottom; the archive of past announcements is at ${data.newsletterUrl}.`,
  ]);

export type AnnouncementMail = {
  subject: string;
  /** Sanitized HTML rendered from the organizers' markdown. */
  bodyHtml: string;
  bodyText: string;
  archiveUrl: string;
  unsubscribeUrl: string;
};

export function announcement(data: AnnouncementMail, site: SiteSettings): Rendered {
  const unsubscribe = html`<p style="font-size:13px;color:#4a5a63">
    Read this on the web: <a href="${data.archiveUrl}">${data.archiveUrl}</a><br />Unsubscribe with one click:
    <a href="${data.unsubscribeUrl}">${data.unsubscribeUrl}</a>
  </p>`;
  return layout({
    site,
    subject: data.subject,
    bodyHtml: [data.bodyHtml, unsubscribe].join("\n"),
    bodyText: [data.bodyText, `Read this on the web: ${data.archiveUrl}`, `Unsubscribe: ${data.unsubscribeUrl}`].join(
      "\n\n",
    ),
    footerNote: `You receive this because you subscribed to ${site.name} announcements.`,
  });
}
