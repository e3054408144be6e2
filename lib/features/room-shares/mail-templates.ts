import { type SiteSettings } from "../site";
import { html } from "../../platform/mail/escape";
import { layout, type Rendered } from "../../platform/mail/layout";

export type RoomShareMessageData = {
  toName: string;
  fromName: string;
  editionName: string;
  /** Plain text as the sender typed it (no links: the form refuses them). */
  body: string;
  reportUrl: string;
};

/**
 * One attendee's message to another through the room-share board. Replies go to the sender
 * (the message's Reply-To, which only this relay sets); the report link opens a page with a
 * button, so a mail scanner following it reports nothing.
 */
export function roomShareMessage(data: RoomShareMessageData, site: SiteSettings): Rendered {
  const intro = `${data.fromName} saw your entry on the room-share board of ${data.editionName} and wrote:`;
  const reply = `Reply to this email to answer ${data.fromName}: your reply goes to their address, and from then on you write to each other directly.`;
  const report = `If this message is unwelcome, tell the organizers: ${data.reportUrl}`;
  const quoted = data.body
    .split(/\n{2,}/)
    .map((paragraph) => paragraph.trim())
    .filter(Boolean);
  return layout({
    site,
    subject: `${data.fromName} wrote to you about sharing a room`,
    preheader: intro,
    bodyHtml: [
      html`<p>Hello ${data.toName},</p>`,
      html`<p>${intro}</p>`,
      `<blockquote style="margin:16px 0;padding-left:12px;border-left:4px solid #f2b134">${quoted
        .map((paragraph) => html`<p style="white-space:pre-line">${paragraph}</p>`)
        .join("")}</blockquote>`,
      html`<p>${reply}</p>`,
      html`<p>If this message is unwelcome, <a href="${data.reportUrl}">report it to the organizers</a>.</p>`,
    ].join("\n"),
    bodyText: [
      `Hello ${data.toName},`,
      intro,
      ...quoted.map((p) => `> ${p.replace(/\n/g, "\n> ")}`),
      reply,
      report,
    ].join("\n\n"),
    footerNote: `You receive this because you joined the room-share board of ${data.editionName}. Leave it from your registration's page.`,
  });
}

export type RoomShareRemovedData = { name: string; editionName: string };

/** An organizer removed the person from the room-share board (their registration stays). */
export function roomShareRemoved(data: RoomShareRemovedData, site: SiteSettings): Rendered {
  const paragraphs = [
    `An organizer of ${data.editionName} removed your entry from the room-share board. You can no longer see the board, join it again or write to people on it for this edition.`,
    "Your registration is unchanged: your place at the sprint stays as it was.",
    `If you think this is a mistake, write to the organizers at ${site.contactEmail}.`,
  ];
  return layout({
    site,
    subject: `You were removed from the room-share board of ${data.editionName}`,
    preheader: paragraphs[0],
    bodyHtml: [html`<p>Hello ${data.name},</p>`, ...paragraphs.map((p) => html`<p>${p}</p>`)].join("\n"),
    bodyText: [`Hello ${data.name},`, ...paragraphs].join("\n\n"),
  });
}
