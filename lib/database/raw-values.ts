import { randomUUID } from "node:crypto";
import { Prisma } from "../generated/prisma/client";

// The hot write paths (registering, confirming, queueing an email) use Prisma's raw statements:
// Prisma plans every model query anew, which costs more than these small indexed writes. These
// helpers keep the raw statements writing what Prisma's own would.

/** A timestamp column's value: Prisma stores UTC wall-clock time, whatever the session's zone. */
export function utc(at: Date): Prisma.Sql {
  return Prisma.sql`(${at.toISOString()}::timestamptz AT TIME ZONE 'UTC')`;
}

/** A new row's id (Prisma's own default is filled in by Prisma's client, not the database). */
export function newRowId(): string {
  return randomUUID();
}
