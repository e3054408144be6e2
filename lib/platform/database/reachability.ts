import pg from "pg";
import { describeDatabase } from "./adapter";
import type { Env } from "../env";

const REASONS: Record<string, string> = {
  ECONNREFUSED: "nothing is listening there",
  ENOTFOUND: "the host name does not resolve",
  ETIMEDOUT: "the connection timed out",
  "28P01": "the password was refused",
  "28000": "the role is not allowed to connect",
  "3D000": "the database does not exist",
};

function reasonFor(error: unknown): string {
  const { code, message } = error as { code?: string; message?: string };
  return (code && REASONS[code]) ?? message ?? String(error);
}

/** Resolves to null when PostgreSQL answers, else to a message a person can act on. */
export async function checkDatabaseReachable(config: Env, timeoutMs = 5000): Promise<string | null> {
  if (!config.databaseUrl) return null;
  const client = new pg.Client({ connectionString: config.databaseUrl, connectionTimeoutMillis: timeoutMs });
  try {
    await client.connect();
    await client.query("select 1");
    return null;
  } catch (error) {
    return (
      `Cannot reach the database (${describeDatabase(config)}): ${reasonFor(error)}.\n` +
      "Start PostgreSQL or correct DATABASE_URL, or unset DATABASE_URL to use the embedded database."
    );
  } finally {
    await client.end().catch(() => {});
  }
}
