// The certificates feature's client-safe entry: what client components may import (no database, no secrets).
export { CertificateNameSchema } from "./schemas";
