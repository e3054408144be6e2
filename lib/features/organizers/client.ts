// The organizers feature's client-safe entry: what client components may import (no database, no secrets).
export { OrganizerSchema } from "./schemas";
