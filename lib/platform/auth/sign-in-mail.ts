import { html } from "../mail/escape";
import { button, layout, type MailSite, type Rendered } from "../mail/layout";

export function organizerSignIn(data: { url: string; expiresInMinutes: number }, site: MailSite): Rendered {
  const cta = button("Sign in", data.url);
  const paragraphs = [
    `Someone (probably you) asked to sign in to the ${site.name} admin with this address.`,
    `The link works once, for ${data.expiresInMinutes} minutes. If you did not ask, ignore this message.`,
  ];
  return layout({
    site,
    subject: `Sign in to ${site.name}`,
    preheader: paragraphs[0],
    bodyHtml: [...paragraphs.map((p) => html`<p>${p}</p>`), cta.html].join("\n"),
    bodyText: [...paragraphs, cta.text].join("\n\n"),
    footerNote: `You receive this because this address is an organizer of ${site.name}.`,
  });
}
