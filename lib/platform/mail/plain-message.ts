import { html } from "./escape";
import { button, layout, type MailSite, type Rendered } from "./layout";

type PlainMessage = {
  subject: string;
  name?: string | null;
  paragraphs: string[];
  action?: { label: string; url: string };
  footerNote: string;
};

/** A greeting, paragraphs and at most one button: most of the site's messages. */
export function plainMessage(
  site: MailSite,
  { subject, name, paragraphs, action, footerNote }: PlainMessage,
): Rendered {
  const greeting = name ? `Hello ${name},` : "Hello,";
  const cta = action ? button(action.label, action.url) : undefined;
  return layout({
    site,
    subject,
    preheader: paragraphs[0],
    bodyHtml: [html`<p>${greeting}</p>`, ...paragraphs.map((p) => html`<p>${p}</p>`), cta?.html ?? ""].join("\n"),
    bodyText: [greeting, ...paragraphs, cta?.text ?? ""].filter(Boolean).join("\n\n"),
    footerNote,
  });
}
