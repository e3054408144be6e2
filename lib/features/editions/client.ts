// The editions feature's client-safe entry: what client components may import (no database, no secrets).
export { EditionFormSchema } from "./schemas";
