import { html } from "./escape";
import { button, layout, type MailSite, type Rendered } from "./layout";

/** A plain message from the organizers: paragraphs and, optionally, one link to act on. */
export type NoticeData = {
  subject: string;
  greetingName?: string;
  paragraphs: string[];
  action?: { label: string; url: string };
};

export function notice(data: NoticeData, site: MailSite): Rendered {
  const greeting = data.greetingName ? `Hello ${data.greetingName},` : "Hello,";
  const action = data.action ? button(data.action.label, data.action.url) : undefined;
  return layout({
    site,
    subject: data.subject,
    preheader: data.paragraphs[0],
    bodyHtml: [html`<p>${greeting}</p>`, ...data.paragraphs.map((p) => html`<p>${p}</p>`), action?.html ?? ""].join(
      "\n",
    ),
    bodyText: [greeting, ...data.paragraphs, action?.text ?? ""].join("\n\n"),
  });
}
