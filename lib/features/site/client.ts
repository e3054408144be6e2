// The site feature's client-safe entry: what client components may import (no database, no secrets).
export { type SiteSettings } from "./settings";
export { SiteSettingsSchema } from "./schemas";
