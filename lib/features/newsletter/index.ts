// The newsletter feature's entry: its use cases, schemas and wording, for routes, components, other
// features and the composition (lib/server), which the worker and instrumentation import: nothing
// here may reach a "server-only" module (the import rules check it).
export { HOUR_MS, lockAddress, MAILS_PER_ADDRESS_PER_HOUR } from "./address-lock";
export { AnnouncementSchema } from "./announcement-schema";
export { createAnnouncement, sendAnnouncement, sendTestAnnouncement, updateAnnouncement } from "./announcements";
export { confirmSubscription } from "./confirm-subscription";
export { announcementsFeed } from "./feed";
export { newsletterUrls } from "./links";
export { announcement, newsletterAlready, newsletterConfirm } from "./mail-templates";
export { newsletterHousekeeping } from "./newsletter-housekeeping";
export { subscribe } from "./subscribe";
export { PrivacyRequestSchema, SubscribeSchema } from "./subscribe-schema";
export { unsubscribe } from "./unsubscribe";
export {
  ANNOUNCEMENT_PROBLEMS,
  consentText,
  NEWSLETTER_LINK_NO_LONGER_WORKS,
  NEWSLETTER_LINK_PROBLEMS,
  type NewsletterLinkProblem,
  REGISTRATION_CONSENT,
} from "./wording";
