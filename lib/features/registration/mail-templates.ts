import { html } from "../../platform/mail/escape";
import { type SiteSettings } from "../site";
import { button, layout, type Rendered } from "../../platform/mail/layout";
import { stepLabel, type ChecklistStep } from "./sprint-readiness";

/** What every registration message knows about its edition and its reader. */
type Base = { name: string; editionName: string; dates: string; manageUrl: string };

const manageLine = (url: string) => ({
  html: html`<p style="font-size:14px">
    See, change or cancel your registration at any time: <a href="${url}">${url}</a>
  </p>`,
  text: `See, change or cancel your registration at any time: ${url}`,
});

type Block = { html: string; text: string };

function message(
  site: SiteSettings,
  subject: string,
  base: Base,
  paragraphs: string[],
  action?: { label: string; url: string },
  extra?: Block,
): Rendered {
  const cta = action ? button(action.label, action.url) : undefined;
  const manage = manageLine(base.manageUrl);
  return layout({
    site,
    subject,
    preheader: paragraphs[0],
    bodyHtml: [
      html`<p>Hello ${base.name},</p>`,
      ...paragraphs.map((p) => html`<p>${p}</p>`),
      cta?.html ?? "",
      extra?.html ?? "",
      manage.html,
    ].join("\n"),
    bodyText: [`Hello ${base.name},`, ...paragraphs, cta?.text ?? "", extra?.text ?? "", manage.text]
      .filter(Boolean)
      .join("\n\n"),
    footerNote: `You receive this because this address was used to register for ${base.editionName}.`,
  });
}

export const registrationConfirm = (
  data: Base & { confirmUrl: string; expiresIn: string; application?: boolean },
  site: SiteSettings,
) =>
  data.application
    ? message(
        site,
        `Confirm your application for ${data.editionName}`,
        data,
        [
          `Thanks for applying for ${data.editionName} (${data.dates}). One step left: confirm that this address is yours, and your application is sent.`,
          `The link works for ${data.expiresIn}. If you did not apply, ignore this message and nothing will happen.`,
        ],
        { label: "Confirm my application", url: data.confirmUrl },
      )
    : message(
        site,
        `Confirm your registration for ${data.editionName}`,
        data,
        [
          `Thanks for registering for ${data.editionName} (${data.dates}). One step left: confirm that this address is yours.`,
          `The link works for ${data.expiresIn}. If you did not register, ignore this message and nothing will happen.`,
        ],
        { label: "Confirm my registration", url: data.confirmUrl },
      );

export const registrationAlready = (data: Base, site: SiteSettings) =>
  message(
    site,
    `You are already registered for ${data.editionName}`,
    data,
    [
      `Someone (probably you) tried to register this address for ${data.editionName} (${data.dates}) again. You are already registered, so nothing changed.`,
    ],
    { label: "See my registration", url: data.manageUrl },
  );

export const registrationConfirmed = (data: Base, site: SiteSettings) =>
  message(site, `You're in: ${data.editionName}`, data, [
    `Your place at ${data.editionName} (${data.dates}) is confirmed.`,
    "Sprinting runs 8:00–14:00 with breakfast; afternoons are free. The calendar file attached has every sprint morning.",
    "If your plans change, please release your place so the next person on the waiting list can come.",
  ]);

export const registrationWaitlisted = (data: Base & { position: number }, site: SiteSettings) =>
  message(site, `You are on the waiting list for ${data.editionName}`, data, [
    `${data.editionName} (${data.dates}) is full right now, so you are number ${data.position} on the waiting list.`,
    "When a place frees up, the first person waiting gets an email and a limited time to take it. We will write to you.",
  ]);

/** The window is counted from this email's sending, not from the offer (a mail outage costs nobody their place). */
export const registrationOffer = (data: Base & { offerHours: number }, site: SiteSettings) =>
  message(
    site,
    `A place is free for you at ${data.editionName}`,
    data,
    [
      `A place at ${data.editionName} (${data.dates}) has freed up and it is yours if you want it.`,
      `You have ${data.offerHours} hours from this email to take it; after that it goes to the next person waiting. The link below shows the exact time.`,
    ],
    { label: "Take my place", url: data.manageUrl },
  );

export const registrationCancelled = (data: Base, site: SiteSettings) =>
  message(site, `Your registration for ${data.editionName} is cancelled`, data, [
    `Your registration for ${data.editionName} (${data.dates}) is cancelled. Thanks for letting us know: if you held a place, it goes to the next person waiting.`,
  ]);

/** "Ready to sprint": the steps someone has left, and where to tick them off. */
function checklistBlock(steps: ChecklistStep[], url: string): Block {
  const intro = "Before you come, get ready to sprint. Left on your checklist:";
  const outro =
    "Tick the steps off on your registration page, and paste the end of your ./runtests.py output there: we check it for you.";
  return {
    html: [
      html`<h2 style="font-size:18px">Ready to sprint?</h2>`,
      html`<p>${intro}</p>`,
      `<ul>${steps.map((step) => html`<li>${stepLabel(step)}</li>`).join("")}</ul>`,
      html`<p>${outro} <a href="${url}">${url}</a></p>`,
    ].join("\n"),
    text: ["Ready to sprint?", intro, ...steps.map((step) => `- ${stepLabel(step)}`), `${outro} ${url}`].join("\n"),
  };
}

/** `checklist`: the steps left for someone not ready to sprint yet; none for someone ready. */
export const registrationStillComing = (data: Base & { checklist?: ChecklistStep[] }, site: SiteSettings) =>
  message(
    site,
    `Still coming to ${data.editionName}?`,
    data,
    [
      `${data.editionName} starts soon (${data.dates}) and we are looking forward to seeing you.`,
      "If you can no longer come, please release your place: someone on the waiting list will get it.",
    ],
    { label: "Keep or release my place", url: data.manageUrl },
    data.checklist?.length ? checklistBlock(data.checklist, data.manageUrl) : undefined,
  );

// Selection by application (docs/applications.md): these three are queued by the seat statement.

/** The address is confirmed on an edition by application: nobody holds a place yet. */
export const registrationApplied = (data: Base & { deadline: string }, site: SiteSettings) =>
  message(site, `Application received: ${data.editionName}`, data, [
    `Thanks: we received your application for ${data.editionName} (${data.dates}). This is not a place yet.`,
    data.deadline
      ? `Applications close on ${data.deadline}; you will hear from us by then (earlier if you need a visa letter).`
      : "You will hear from us once applications close.",
  ]);

/** Accepted: the place is held for the edition's days, counted from this email's sending. */
export const registrationAccepted = (data: Base & { acceptDays: number }, site: SiteSettings) =>
  message(
    site,
    `You're accepted: ${data.editionName}`,
    data,
    [
      `Good news: your application for ${data.editionName} (${data.dates}) is accepted and a place is held for you.`,
      `Please confirm it within ${data.acceptDays} days of this email; after that it goes to the next person waiting. The link below shows the exact time.`,
    ],
    { label: "Confirm my place", url: data.manageUrl },
  );

/** Declined, kindly: a link to the newsletter's page, never a subscription. */
export const registrationDeclined = (data: Base & { subscribeUrl: string }, site: SiteSettings) =>
  message(
    site,
    `Your application for ${data.editionName}`,
    data,
    [
      `Thank you for applying to ${data.editionName} (${data.dates}). We had many more applications than places, and this time we cannot offer you one.`,
      "It is no judgement of you or your work: we try to bring together a different mix of people each time, and we would be glad to see you apply again.",
      "If you would like to hear about the next editions, you can subscribe to our newsletter (only if you want to):",
    ],
    { label: "The newsletter", url: data.subscribeUrl },
  );
