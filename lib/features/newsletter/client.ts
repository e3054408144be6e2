// The newsletter feature's client-safe entry: what client components may import (no database, no secrets).
export { REGISTRATION_CONSENT, type SubscribeSource } from "./wording";
export { PrivacyRequestSchema, SubscribeSchema } from "./subscribe-schema";
export { AnnouncementSchema } from "./announcement-schema";
