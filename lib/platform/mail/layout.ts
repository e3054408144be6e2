import { html, raw } from "./escape";

export type Rendered = { subject: string; html: string; text: string };

/** What the frame shows of the site (its settings, from the site feature, have these and more). */
export type MailSite = { name: string; contactEmail: string; accentColor: string };

type Layout = {
  site: MailSite;
  subject: string;
  preheader?: string;
  bodyHtml: string;
  bodyText: string;
  footerNote?: string;
};

/** The frame every message shares: the site's name on top, a footer saying why it came. */
export function layout({ site, subject, preheader = "", bodyHtml, bodyText, footerNote }: Layout): Rendered {
  const footer = footerNote ?? `You receive this because of your activity on ${site.name}.`;
  const page = html`<!doctype html>
    <html lang="en">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width" />
        <title>${subject}</title>
      </head>
      <body
        style="margin:0;background:#fcf8f1;font-family:system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;color:#051d28"
      >
        <span style="display:none">${preheader}</span>
        <table role="presentation" width="100%" cellpadding="0" cellspacing="0">
          <tr>
            <td align="center" style="padding:24px">
              <table role="presentation" width="100%" style="max-width:560px" cellpadding="0" cellspacing="0">
                <tr>
                  <td
                    style="background:${site.accentColor};color:#fcf8f1;padding:16px 24px;font-weight:bold;font-size:18px"
                  >
                    ${site.name}
                  </td>
                </tr>
                <tr>
                  <td style="background:#ffffff;padding:24px;font-size:16px;line-height:1.5">${raw(bodyHtml)}</td>
                </tr>
                <tr>
                  <td style="padding:16px 24px;font-size:13px;color:#4a5a63">
                    ${footer}<br />${site.name} · ${site.contactEmail}
                  </td>
                </tr>
              </table>
            </td>
          </tr>
        </table>
      </body>
    </html>`;
  const text = `${site.name}\n\n${bodyText.trim()}\n\n--\n${footer}\n${site.name} · ${site.contactEmail}\n`;
  return { subject, html: page, text };
}

/** A prominent link as a button in HTML and a bare URL in text. */
export function button(label: string, url: string): { html: string; text: string } {
  return {
    html: html`<p style="margin:24px 0">
      <a
        href="${url}"
        style="background:#f2b134;color:#051d28;padding:12px 20px;border-radius:8px;font-weight:bold;text-decoration:none;display:inline-block"
        >${label}</a
      >
    </p>`,
    text: `${label}: ${url}`,
  };
}
