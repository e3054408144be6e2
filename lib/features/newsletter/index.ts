// The newsletter feature's entry: what routes, components and other features may use.
export { HOUR_MS, lockAddress, MAILS_PER_ADDRESS_PER_HOUR } from "./address-lock";
export { AnnouncementSchema } from "./announcement-schema";
export { createAnnouncement, sendAnnouncement, sendTestAnnouncement, updateAnnouncement } from "./announcements";
export { confirmSubscription } from "./confirm-subscription";
export { subscribeVerifiedAddress } from "./consent";
export { announcementsFeed } from "./feed";
export { newsletterUrls } from "./links";
export { announcement, newsletterAlready, newsletterConfirm } from "./mail-templates";
export { newsletterHousekeeping } from "./newsletter-housekeeping";
export { confirmedSubscriberCount, getAnnouncement, listAnnouncements } from "./reads/admin-announcements";
export { parseSubscriberQuery, subscriberBatches, subscriberPage } from "./reads/admin-subscribers";
export { getSentAnnouncement, listSentAnnouncements } from "./reads/announcements";
export { readSubscriberLink } from "./reads/subscriber-by-token";
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
export { exportSubscribers } from "./export-subscribers";
