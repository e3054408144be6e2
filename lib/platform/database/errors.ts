import { Prisma } from "../../generated/prisma/client";

/**
 * A unique index refused the row. Prisma reports it as P2002, except inside an interactive
 * transaction on some driver adapters (PGlite's), where the driver's own error (SQLSTATE 23505)
 * comes through, as it does from plain statements on the driver.
 */
export function isUniqueViolation(error: unknown): boolean {
  if (error instanceof Prisma.PrismaClientKnownRequestError) return error.code === "P2002";
  return someErrorInChain(
    error,
    ({ code, originalCode, kind }) =>
      code === "23505" || originalCode === "23505" || kind === "UniqueConstraintViolation",
  );
}

// SQLSTATE class 08 (connection exception), 57P01-57P03 (shut down, crashed, not accepting yet).
const UNAVAILABLE_SQLSTATES = /^(08\d{3}|57P0[123])$/;
const UNAVAILABLE_NODE_CODES = new Set(["ECONNREFUSED", "ECONNRESET", "EPIPE", "ETIMEDOUT", "ENOTFOUND", "EAI_AGAIN"]);
// Prisma: can't reach the server, server closed the connection, pool timed out.
const UNAVAILABLE_PRISMA_CODES = new Set(["P1001", "P1002", "P1017", "P2024"]);
const UNAVAILABLE_MESSAGES =
  /query read timeout|timeout exceeded when trying to connect|connection terminated|terminating connection|connection error|server closed the connection|Connection ended|the database system is (starting up|shutting down)/i;

type ErrorLink = { code?: unknown; originalCode?: unknown; message?: unknown; kind?: unknown };

/**
 * Whether any error in the chain (the error, its `cause`, a driver adapter's `meta`) passes
 * `test`: Prisma, its driver adapters and `pg` each wrap the database's error differently.
 */
export function someErrorInChain(error: unknown, test: (link: ErrorLink) => boolean): boolean {
  const seen = new Set<unknown>();
  const visit = (value: unknown): boolean => {
    if (!value || typeof value !== "object" || seen.has(value)) return false;
    seen.add(value);
    const link = value as ErrorLink & { cause?: unknown; meta?: unknown };
    return test(link) || visit(link.cause) || visit(link.meta);
  };
  return visit(error);
}

/** The database could not be reached or dropped the connection: worth trying again soon. */
export function isDatabaseUnavailable(error: unknown): boolean {
  return someErrorInChain(
    error,
    ({ code, originalCode, message, kind }) =>
      [code, originalCode].some(
        (candidate) =>
          typeof candidate === "string" &&
          (UNAVAILABLE_SQLSTATES.test(candidate) ||
            UNAVAILABLE_NODE_CODES.has(candidate) ||
            UNAVAILABLE_PRISMA_CODES.has(candidate)),
      ) ||
      kind === "DatabaseNotReachable" ||
      kind === "ConnectionClosed" ||
      kind === "SocketTimeout" ||
      (typeof message === "string" && UNAVAILABLE_MESSAGES.test(message)),
  );
}

/** A lock wait ran out (SQLSTATE 55P03, lock_timeout): the row or edition was busy. */
export function isLockTimeout(error: unknown): boolean {
  return someErrorInChain(
    error,
    ({ code, originalCode, message }) =>
      code === "55P03" ||
      originalCode === "55P03" ||
      (typeof message === "string" && /lock timeout|canceling statement due to lock/i.test(message)),
  );
}

/**
 * PostgreSQL ended the transaction to break a cycle of lock waits (SQLSTATE 40P01), or a
 * serializable one could not be ordered (40001): it rolled back whole, and run again it works.
 * Lock orders keep our own changes from meeting in a cycle; this is the net under them.
 */
function isTransactionConflict(error: unknown): boolean {
  return someErrorInChain(
    error,
    ({ code, originalCode, message }) =>
      [code, originalCode].some((candidate) => candidate === "40P01" || candidate === "40001") ||
      (typeof message === "string" && /deadlock detected|could not serialize access/i.test(message)),
  );
}

/** The change waited too long for its turn (a lock wait ran out): the person should simply try again. */
export class TryAgainError extends Error {
  constructor() {
    super("busy: a lock wait ran out");
    this.name = "TryAgainError";
  }
}

/**
 * A passing failure, by code: the transaction rolled back whole, so nothing was changed and the
 * same request should work in a moment. null for anything else.
 */
export type PassingProblem = "busy" | "conflict" | "database-unavailable";

export function passingProblem(error: unknown): PassingProblem | null {
  if (error instanceof TryAgainError) return "busy";
  if (isTransactionConflict(error)) return "conflict";
  if (isDatabaseUnavailable(error)) return "database-unavailable";
  return null;
}
