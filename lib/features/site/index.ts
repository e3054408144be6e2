// The site feature's entry: its use cases, schemas and wording, for routes, components, other
// features and the composition (lib/server), which the worker and instrumentation import: nothing
// here may reach a "server-only" module (the import rules check it).
export { getSiteSettings, readSiteSettings } from "./load";
export { saveSiteSettings, type SaveSettingsOutcome } from "./save-site-settings";
export { SiteSettingsSchema } from "./schemas";
export { sendFailedMailAgain } from "./send-failed-mail-again";
export { sendTestEmail } from "./send-test-email";
export { type SiteSettings } from "./settings";
