import { Prisma } from "../generated/prisma/client";

/**
 * A unique index refused the row. Prisma reports it as P2002, except inside an interactive
 * transaction on some driver adapters (PGlite's), where the driver's own error (SQLSTATE 23505)
 * comes through.
 */
export function isUniqueViolation(error: unknown): boolean {
  if (error instanceof Prisma.PrismaClientKnownRequestError) return error.code === "P2002";
  const cause = (error as { name?: string; cause?: { code?: string; kind?: string } } | null)?.cause;
  return (error as { name?: string } | null)?.name === "DriverAdapterError" && (cause?.code === "23505" || cause?.kind === "UniqueConstraintViolation");
}

// SQLSTATE class 08 (connection exception), 57P01-57P03 (shut down, crashed, not accepting yet).
const UNAVAILABLE_SQLSTATES = /^(08\d{3}|57P0[123])$/;
const UNAVAILABLE_NODE_CODES = new Set(["ECONNREFUSED", "ECONNRESET", "EPIPE", "ETIMEDOUT", "ENOTFOUND", "EAI_AGAIN"]);
// Prisma: can't reach the server, server closed the connection, pool timed out.
const UNAVAILABLE_PRISMA_CODES = new Set(["P1001", "P1002", "P1017", "P2024"]);
const UNAVAILABLE_MESSAGES = /connection terminated|terminating connection|connection error|server closed the connection|Connection ended|the database system is (starting up|shutting down)/i;

/** The database could not be reached or dropped the connection: worth trying again soon. */
export function isDatabaseUnavailable(error: unknown): boolean {
  const seen = new Set<unknown>();
  const visit = (value: unknown): boolean => {
    if (!value || typeof value !== "object" || seen.has(value)) return false;
    seen.add(value);
    const { code, originalCode, message, cause, kind } = value as Record<string, unknown>;
    for (const candidate of [code, originalCode]) {
      if (typeof candidate !== "string") continue;
      if (UNAVAILABLE_SQLSTATES.test(candidate) || UNAVAILABLE_NODE_CODES.has(candidate) || UNAVAILABLE_PRISMA_CODES.has(candidate)) return true;
    }
    if (kind === "DatabaseNotReachable" || kind === "ConnectionClosed" || kind === "SocketTimeout") return true;
    if (typeof message === "string" && UNAVAILABLE_MESSAGES.test(message)) return true;
    return visit(cause);
  };
  return visit(error);
}
