import "server-only";
import { Pool } from "pg";
import { dbAdapter } from "@/lib/platform/db";

// The benchmark baselines' database access: the bare driver, no ORM. On PostgreSQL a `pg` pool;
// on the embedded database the server's own PGlite instance or its thread's connection (one process owns its folder).
// Refuses to run unless the server was started with BENCH_ROUTES=1.

export type BenchClient = {
  query<Row = Record<string, unknown>>(text: string, params?: unknown[]): Promise<{ rows: Row[]; rowCount: number }>;
};

const holder = globalThis as typeof globalThis & { __benchPool?: Pool };

function assertBenchRoutes() {
  if (process.env.BENCH_ROUTES !== "1") throw new Error("benchmark routes are off");
}

// On the embedded database in its own thread, the server's own pool is the only way in (PGlite's one session).
function pool(): Pool {
  const choice = dbAdapter();
  if (choice.kind === "pglite-thread") return choice.pool;
  holder.__benchPool ??= new Pool({ connectionString: process.env.DATABASE_URL, max: 10 });
  return holder.__benchPool;
}

// pg's rowCount: rows returned by a SELECT, rows changed by an UPDATE (PGlite reports 0 affected for a SELECT).
const pgliteRowCount = (result: { rows: unknown[]; affectedRows?: number }) =>
  result.rows.length > 0 ? result.rows.length : (result.affectedRows ?? 0);

export function benchRoutesOn(): boolean {
  return process.env.BENCH_ROUTES === "1";
}

export async function benchQuery<Row = Record<string, unknown>>(
  text: string,
  params: unknown[] = [],
): Promise<{ rows: Row[]; rowCount: number }> {
  assertBenchRoutes();
  const choice = dbAdapter();
  if (choice.kind !== "pglite") {
    const result = await pool().query(text, params);
    return { rows: result.rows as Row[], rowCount: result.rowCount ?? 0 };
  }
  const result = await choice.pglite.query<Row>(text, params);
  return { rows: result.rows, rowCount: pgliteRowCount(result) };
}

export async function benchTransaction<T>(work: (client: BenchClient) => Promise<T>): Promise<T> {
  assertBenchRoutes();
  const choice = dbAdapter();
  if (choice.kind === "pglite") {
    return choice.pglite.transaction(async (tx) =>
      work({
        query: async <Row>(text: string, params: unknown[] = []) => {
          const result = await tx.query<Row>(text, params);
          return { rows: result.rows, rowCount: pgliteRowCount(result) };
        },
      }),
    );
  }
  const client = await pool().connect();
  try {
    await client.query("BEGIN");
    const result = await work({
      query: async <Row>(text: string, params: unknown[] = []) => {
        const answer = await client.query(text, params);
        return { rows: answer.rows as Row[], rowCount: answer.rowCount ?? 0 };
      },
    });
    await client.query("COMMIT");
    return result;
  } catch (error) {
    await client.query("ROLLBACK");
    throw error;
  } finally {
    client.release();
  }
}
