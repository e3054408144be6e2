// The site feature's entry: what routes, components and other features may use.
export { getSiteSettings, readSiteSettings } from "./load";
export { saveSiteSettings } from "./save-site-settings";
export { SiteSettingsSchema } from "./schemas";
export { sendFailedMailAgain } from "./send-failed-mail-again";
export { sendTestEmail } from "./send-test-email";
export { type SiteSettings } from "./settings";
export { getMailboxMessage, listMailboxMessages } from "./reads/dev-mailbox";
export { describeResendProblem, mailHealth, type MailHealth, type RelayFault, relayTime } from "./reads/mail-health";
