import { createHash, randomUUID } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import type { AdapterChoice } from "./adapter";

/**
 * Applies the committed migrations the way `prisma migrate deploy` does, keeping Prisma's own
 * `_prisma_migrations` table, so `prisma migrate status` and `deploy` agree with it. It exists
 * because the Prisma CLI never closes an embedded PGlite and so never exits after deploying.
 */
export type SqlRunner = {
  /** Runs a script of one or more statements (simple protocol). */
  script(sql: string): Promise<void>;
  query<Row>(sql: string, params?: unknown[]): Promise<Row[]>;
  close(): Promise<void>;
};

export type Migration = { name: string; sql: string; checksum: string };

const MIGRATIONS_DIR = path.join(process.cwd(), "prisma", "migrations");
// The advisory lock key Prisma Migrate uses, so our runner and the CLI never overlap.
const PRISMA_MIGRATE_LOCK = 72707369;

export function committedMigrations(dir = MIGRATIONS_DIR): Migration[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort()
    .map((name) => {
      const sql = readFileSync(path.join(dir, name, "migration.sql"), "utf8");
      return { name, sql, checksum: createHash("sha256").update(sql).digest("hex") };
    });
}

export function sqlRunner(choice: AdapterChoice): SqlRunner {
  if (choice.kind === "pglite") {
    const { pglite } = choice;
    return {
      script: async (sql) => void (await pglite.exec(sql)),
      query: async <Row>(sql: string, params: unknown[] = []) => (await pglite.query<Row>(sql, params)).rows,
      close: async () => {
        if (!pglite.closed) await pglite.close();
      },
    };
  }
  if (choice.kind === "pglite-thread") {
    const { pool } = choice;
    return {
      script: async (sql) => void (await pool.query(sql)),
      query: async <Row>(sql: string, params: unknown[] = []) => (await pool.query(sql, params)).rows as Row[],
      close: () => choice.thread.stop(),
    };
  }
  const client = new pg.Client({ connectionString: choice.connectionString });
  const connected = client.connect();
  return {
    script: async (sql) => void (await connected, await client.query(sql)),
    query: async <Row>(sql: string, params: unknown[] = []) => {
      await connected;
      return (await client.query(sql, params)).rows as Row[];
    },
    close: () => client.end(),
  };
}

const CREATE_TABLE = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
  "id" VARCHAR(36) PRIMARY KEY NOT NULL,
  "checksum" VARCHAR(64) NOT NULL,
  "finished_at" TIMESTAMPTZ,
  "migration_name" VARCHAR(255) NOT NULL,
  "logs" TEXT,
  "rolled_back_at" TIMESTAMPTZ,
  "started_at" TIMESTAMPTZ NOT NULL DEFAULT now(),
  "applied_steps_count" INTEGER NOT NULL DEFAULT 0
)`;

type Applied = { migration_name: string; finished_at: Date | null; rolled_back_at: Date | null };

/** Applies pending migrations in order, each in its own transaction; returns their names. */
export async function applyMigrations(db: SqlRunner, migrations = committedMigrations()): Promise<string[]> {
  await db.query("SELECT pg_advisory_lock($1)", [PRISMA_MIGRATE_LOCK]);
  try {
    await db.script(CREATE_TABLE);
    const rows = await db.query<Applied>(
      `SELECT migration_name, finished_at, rolled_back_at FROM "_prisma_migrations"`,
    );
    const failed = rows.filter((row) => !row.finished_at && !row.rolled_back_at);
    if (failed.length > 0) {
      throw new Error(
        `Migration ${failed.map((row) => row.migration_name).join(", ")} failed earlier; resolve it with \`prisma migrate resolve\` before deploying.`,
      );
    }
    const done = new Set(rows.filter((row) => row.finished_at).map((row) => row.migration_name));
    const applied: string[] = [];
    for (const migration of migrations.filter((m) => !done.has(m.name))) {
      const record = `INSERT INTO "_prisma_migrations" (id, checksum, migration_name, started_at, finished_at, applied_steps_count)
        VALUES (${literal(randomUUID())}, ${literal(migration.checksum)}, ${literal(migration.name)}, now(), now(), 1)`;
      // The migration and its record commit together, or neither does.
      await db.script(`BEGIN;\n${migration.sql}\n;\n${record};\nCOMMIT;`).catch(async (error) => {
        await db.script("ROLLBACK").catch(() => {});
        throw new Error(`Migration ${migration.name} failed: ${(error as Error).message}`);
      });
      applied.push(migration.name);
    }
    return applied;
  } finally {
    await db.query("SELECT pg_advisory_unlock($1)", [PRISMA_MIGRATE_LOCK]);
  }
}

function literal(value: string): string {
  return `'${value.replaceAll("'", "''")}'`;
}
