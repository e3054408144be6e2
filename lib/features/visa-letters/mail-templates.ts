import { type SiteSettings } from "../site";
import { html } from "../../platform/mail/escape";
import { button, layout, type Rendered } from "../../platform/mail/layout";

// No name, no passport, no dates of birth, no attachment, no organizer's note: only the link to
// the person's page, where they download the letter or read the note and correct the request.
export type VisaLetterReadyData = { editionName: string; manageUrl: string };
export type VisaLetterDeclinedData = VisaLetterReadyData;

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

/** "About your invitation letter": sent when an organizer declines, so the person does not wait for nothing. */
export function visaLetterDeclined(data: VisaLetterDeclinedData, site: SiteSettings): Rendered {
  const answer = `The organizers could not approve your request for an invitation letter for ${data.editionName} as it is.`;
  const how = "Their note, and your request to correct and send again, are on your registration page:";
  const cta = button("Open your registration page", data.manageUrl);
  return layout({
    site,
    subject: `About your invitation letter for ${data.editionName}`,
    preheader: answer,
    bodyHtml: [html`<p>Hello,</p>`, html`<p>${answer} ${how}</p>`, cta.html].join("\n"),
    bodyText: ["Hello,", `${answer} ${how}`, cta.text].join("\n\n"),
    footerNote: `You receive this because you asked for an invitation letter for ${data.editionName}.`,
  });
}
