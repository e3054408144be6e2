// The visa letters feature's client-safe entry: what client components may import (no database, no secrets).
export { VisaLetterDeclineSchema, VisaLetterRequestSchema } from "./schemas";
