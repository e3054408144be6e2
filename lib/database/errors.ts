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
