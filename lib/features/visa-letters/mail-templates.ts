import { type SiteSettings } from "../site";
import { html } from "../../platform/mail/escape";
import { button, layout, type Rendered } from "../../platform/mail/layout";

// No name, no passport, no dates of birth, no attachment: only the link to the person's page,
// where they download the letter.
export type VisaLetterReadyData = { editionName: string; manageUrl: string };

/** "Your invitation letter is ready": sent when an organizer approves a request. */
export function visaLetterReady(data: VisaLetterReadyData, site: SiteSettings): Rendered {
  const ready = `Your invitation letter for ${data.editionName} is ready.`;
  const how = "Download it as a PDF from your registration page:";
  const cta = button("Open your registration page", data.manageUrl);
  return layout({
    site,
    subject: `Your invitation letter for ${data.editionName} is ready`,
    preheader: ready,
    bodyHtml: [html`<p>Hello,</p>`, html`<p>${ready} ${how}</p>`, cta.html].join("\n"),
    bodyText: ["Hello,", `${ready} ${how}`, cta.text].join("\n\n"),
    footerNote: `You receive this because you asked for an invitation letter for ${data.editionName}.`,
  });
}
