import { type SiteSettings } from "../site";
import { html } from "../../platform/mail/escape";
import { button, layout, type Rendered } from "../../platform/mail/layout";

export type SurveyInvitationData = { name: string; editionName: string; manageUrl: string; surveyUrl: string };

/** The one email after an edition: the person's page (their certificate is there) and a personal survey link. */
export function surveyInvitation(data: SurveyInvitationData, site: SiteSettings): Rendered {
  const thanks = `Thank you for coming to ${data.editionName}.`;
  const page = "Your page has your certificate of attendance, listing what you contributed, and the outcomes we found:";
  const survey =
    "Tell us how it went and what we should change: a few questions, a couple of minutes. Your answer is anonymous unless you choose to add your name, and the link takes one answer:";
  const cta = button("Answer the survey", data.surveyUrl);
  return layout({
    site,
    subject: `How was ${data.editionName}? Your certificate and a short survey`,
    preheader: thanks,
    bodyHtml: [
      html`<p>Hello ${data.name},</p>`,
      html`<p>${thanks}</p>`,
      html`<p>${page} <a href="${data.manageUrl}">${data.manageUrl}</a></p>`,
      html`<p>${survey}</p>`,
      cta.html,
    ].join("\n"),
    bodyText: [`Hello ${data.name},`, thanks, `${page} ${data.manageUrl}`, survey, cta.text].join("\n\n"),
    footerNote: `You receive this because you were checked in at ${data.editionName}.`,
  });
}
