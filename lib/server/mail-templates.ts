// The outbox's template registry: every feature's messages, composed above the platform. The
// server (lib/server/startup.ts), the worker (scripts/worker.ts) and the integration tests import
// this module once; the worker then renders each message with it at send time, with the site's
// settings current then (lib/platform/mail/templates.ts).
import type { Statements } from "../platform/database/statements";
import { organizerSignIn } from "../platform/auth/sign-in-mail";
import type { Rendered } from "../platform/mail/layout";
import { notice } from "../platform/mail/notice-template";
import { installMailRenderer, type RenderOne } from "../platform/mail/templates";
import { hostProposalReceived } from "../features/host-proposals";
import { announcement, newsletterAlready, newsletterConfirm } from "../features/newsletter";
import { privacyConfirm, privacyExport } from "../features/privacy";
import { roomShareMessage, roomShareRemoved } from "../features/room-shares";
import {
  registrationAccepted,
  registrationApplied,
  registrationDeclined,
  registrationAlready,
  registrationCancelled,
  registrationConfirm,
  registrationConfirmed,
  registrationOffer,
  registrationStillComing,
  registrationWaitlisted,
} from "../features/registration";
import { readSiteSettings, type SiteSettings } from "../features/site";
import { surveyInvitation } from "../features/survey";
import { travelGrantDeclined, travelGrantGranted } from "../features/travel-grants";
import { visaLetterDeclined, visaLetterReady } from "../features/visa-letters";

/** Every message the site sends, by name; each renders HTML and text from the same data. */
export const templates = {
  notice,
  "registration-confirm": registrationConfirm,
  "registration-already": registrationAlready,
  "registration-confirmed": registrationConfirmed,
  "registration-waitlisted": registrationWaitlisted,
  "registration-offer": registrationOffer,
  "registration-cancelled": registrationCancelled,
  "registration-still-coming": registrationStillComing,
  "registration-applied": registrationApplied,
  "registration-accepted": registrationAccepted,
  "registration-declined": registrationDeclined,
  "newsletter-confirm": newsletterConfirm,
  "newsletter-already": newsletterAlready,
  announcement,
  "privacy-confirm": privacyConfirm,
  "privacy-export": privacyExport,
  "organizer-sign-in": organizerSignIn,
  "host-proposal-received": hostProposalReceived,
  "room-share-message": roomShareMessage,
  "room-share-removed": roomShareRemoved,
  "survey-invitation": surveyInvitation,
  "travel-grant-granted": travelGrantGranted,
  "travel-grant-declined": travelGrantDeclined,
  "visa-letter-ready": visaLetterReady,
  "visa-letter-declined": visaLetterDeclined,
} satisfies Record<string, (data: never, site: SiteSettings) => Rendered>;

type Composed = { [Name in keyof typeof templates]: Parameters<(typeof templates)[Name]>[0] };

declare module "../platform/mail/templates" {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- the names and data come from `templates`
  interface MailTemplates extends Composed {}
}

const isTemplate = (name: string): name is keyof typeof templates => Object.hasOwn(templates, name);

/** Reads the site's settings once (a batch's worth of mail) and renders stored messages with them. */
async function prepare(sql: Statements): Promise<RenderOne> {
  const site = await readSiteSettings(sql);
  return (template, data) => {
    if (!isTemplate(template)) throw new Error(`no template called "${template}"`);
    return templates[template](data as never, site);
  };
}

installMailRenderer({ prepare, repliesElsewhere: new Set(["room-share-message"]) });
