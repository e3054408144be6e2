import { type SiteSettings } from "../site";
import { html } from "../../platform/mail/escape";
import { layout, type Rendered } from "../../platform/mail/layout";

export type TravelGrantGrantedData = { name: string; editionName: string; amount: number; manageUrl: string };
export type TravelGrantDeclinedData = { name: string; editionName: string };

const euros = (amount: number) => `${amount.toLocaleString("en-GB")} €`;

/** The grant was given: how much, and how it is paid. */
export function travelGrantGranted(data: TravelGrantGrantedData, site: SiteSettings): Rendered {
  const granted = `We are glad to give you a travel grant of ${euros(data.amount)} for ${data.editionName}.`;
  const how =
    "An organizer will get in touch about how it is paid. If your plans change and you cannot come, please cancel from your page so the money can help someone else:";
  return layout({
    site,
    subject: `Your travel grant for ${data.editionName}`,
    preheader: granted,
    bodyHtml: [
      html`<p>Hello ${data.name},</p>`,
      html`<p>${granted}</p>`,
      html`<p>${how} <a href="${data.manageUrl}">${data.manageUrl}</a></p>`,
      html`<p>See you at the sprint!</p>`,
    ].join("\n"),
    bodyText: [`Hello ${data.name},`, granted, `${how} ${data.manageUrl}`, "See you at the sprint!"].join("\n\n"),
    footerNote: `You receive this because you asked for a travel grant for ${data.editionName}.`,
  });
}

/** The grant could not be given: said kindly, and the registration stands. */
export function travelGrantDeclined(data: TravelGrantDeclinedData, site: SiteSettings): Rendered {
  const sorry = `Thank you for asking for a travel grant for ${data.editionName}. We are sorry: the budget cannot cover every request this time, and we could not give you one.`;
  const stands = "Your registration is not affected. We would be very glad to see you at the sprint all the same.";
  return layout({
    site,
    subject: `About your travel grant request for ${data.editionName}`,
    preheader: stands,
    bodyHtml: [html`<p>Hello ${data.name},</p>`, html`<p>${sorry}</p>`, html`<p>${stands}</p>`].join("\n"),
    bodyText: [`Hello ${data.name},`, sorry, stands].join("\n\n"),
    footerNote: `You receive this because you asked for a travel grant for ${data.editionName}.`,
  });
}
