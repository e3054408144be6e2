import type { SiteSettings } from "../site/settings";
import { html } from "../../platform/mail/escape";
import { button, layout, type Rendered } from "../../platform/mail/layout";

const greeting = (name?: string | null) => (name ? `Hello ${name},` : "Hello,");

function message(
  site: SiteSettings,
  subject: string,
  name: string | null | undefined,
  paragraphs: string[],
  action?: { label: string; url: string },
  footerNote?: string,
): Rendered {
  const cta = action ? button(action.label, action.url) : undefined;
  return layout({
    site,
    subject,
    preheader: paragraphs[0],
    bodyHtml: [html`<p>${greeting(name)}</p>`, ...paragraphs.map((p) => html`<p>${p}</p>`), cta?.html ?? ""].join("\n"),
    bodyText: [greeting(name), ...paragraphs, cta?.text ?? ""].filter(Boolean).join("\n\n"),
    footerNote:
      footerNote ??
      `You receive this because someone entered this address on ${site.name}. If it was not you, ignore it: nothing happens without the button.`,
  });
}

export const newsletterConfirm = (
  data: { name: string | null; confirmUrl: string; expiresIn: string; consent: string },
  site: SiteSettings,
) =>
  message(
    site,
    `Confirm your subscription to ${site.name}`,
    data.name,
    [
      `Someone (probably you) asked to receive ${site.name} announcements at this address. Press the button to confirm.`,
      `What you agree to: “${data.consent}”`,
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

export const privacyConfirm = (
  data: { kind: "export" | "erase"; actUrl: string; expiresIn: string },
  site: SiteSettings,
) =>
  data.kind === "export"
    ? message(
        site,
        `Your data at ${site.name}: confirm the request`,
        null,
        [
          `Someone (probably you) asked for a copy of everything ${site.name} stores about this address.`,
          `Press the button within ${data.expiresIn} and we will email the copy to this address.`,
        ],
        { label: "Email me my data", url: data.actUrl },
      )
    : message(
        site,
        `Erase your data at ${site.name}: confirm the request`,
        null,
        [
          `Someone (probably you) asked us to erase everything ${site.name} stores about this address: newsletter subscription, registrations and messages.`,
          `This also cancels any place you hold at an upcoming edition. Press the button within ${data.expiresIn} to erase; if you did not ask, ignore this message.`,
        ],
        { label: "Review and erase my data", url: data.actUrl },
      );

export const privacyExport = (data: { summary: string }, site: SiteSettings) =>
  message(
    site,
    `Your data at ${site.name}`,
    null,
    ["Here is everything we store about this address, as the attached JSON file.", data.summary],
    undefined,
    `You receive this because a data request for this address was confirmed on ${site.name}.`,
  );
