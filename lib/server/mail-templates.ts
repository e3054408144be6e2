import type { SiteSettings } from "../features/site/settings";
import type { Rendered } from "../platform/mail/layout";
import { organizerSignIn } from "../platform/auth/sign-in-mail";
import { hostProposalReceived } from "../features/host-proposals/mail-templates";
import {
  announcement,
  newsletterAlready,
  newsletterConfirm,
  privacyConfirm,
  privacyExport,
} from "../features/newsletter/mail-templates";
import { notice } from "../platform/mail/notice-template";
import { roomShareMessage, roomShareRemoved } from "../features/room-shares/mail-templates";
import {
  registrationAlready,
  registrationCancelled,
  registrationConfirm,
  registrationConfirmed,
  registrationOffer,
  registrationStillComing,
  registrationWaitlisted,
} from "../features/registration/mail-templates";

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
  "newsletter-confirm": newsletterConfirm,
  "newsletter-already": newsletterAlready,
  announcement,
  "privacy-confirm": privacyConfirm,
  "privacy-export": privacyExport,
  "organizer-sign-in": organizerSignIn,
  "host-proposal-received": hostProposalReceived,
  "room-share-message": roomShareMessage,
  "room-share-removed": roomShareRemoved,
} satisfies Record<string, (data: never, site: SiteSettings) => Rendered>;

export type TemplateName = keyof typeof templates;
export type TemplateData<Name extends TemplateName> = Parameters<(typeof templates)[Name]>[0];
