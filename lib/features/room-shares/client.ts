// The room-shares feature's client-safe entry: what client components may import (no database, no secrets).
export { RoomShareMessageSchema, RoomShareSchema } from "./schemas";
