// The tables feature's client-safe entry: what client components may import (no database, no secrets).
export { MoveSchema, TablesSchema } from "./schemas";
