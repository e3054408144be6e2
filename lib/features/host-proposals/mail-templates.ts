import { type SiteSettings } from "../site";
import { html } from "../../platform/mail/escape";
import { layout, type Rendered } from "../../platform/mail/layout";

/**
 * The receipt for a proposal to host. It repeats only the place: the form is open to anyone,
 * so free text typed there is never mailed to the address typed with it.
 */
export function hostProposalReceived(
  data: { name: string; city: string; country: string },
  site: SiteSettings,
): Rendered {
  const paragraphs = [
    `Thank you for proposing ${data.city}, ${data.country} as the home of a future ${site.name}.`,
    "The organizers read every proposal and will write to you once they have discussed it; that can take a few weeks.",
    `If you did not send this proposal, ignore this message or write to ${site.contactEmail}.`,
  ];
  return layout({
    site,
    subject: `Your proposal to host ${site.name} in ${data.city}`,
    preheader: paragraphs[0],
    bodyHtml: [html`<p>Hello ${data.name},</p>`, ...paragraphs.map((p) => html`<p>${p}</p>`)].join("\n"),
    bodyText: [`Hello ${data.name},`, ...paragraphs].join("\n\n"),
    footerNote: `You receive this because this address was given on ${site.name}'s "Host the next edition" form.`,
  });
}
