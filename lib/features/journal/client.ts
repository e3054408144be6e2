// The journal feature's client-safe entry: what client components may import (no database, no secrets).
export { JournalImportSchema, RemovalRequestSchema } from "./schemas";
