import { cpSync, mkdtempSync, rmSync } from "node:fs";
import { ensurePrivateFolder } from "../server/private-folder";
import os from "node:os";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { env, type Env } from "../env";
import { log } from "../log";
import { startEmbeddedThread, type EmbeddedThread } from "./embedded-thread/thread";

export type AdapterChoice =
  | { kind: "postgres"; factory: PrismaPg; connectionString: string; pool: pg.Pool }
  | { kind: "pglite"; factory: PrismaPGlite; pglite: PGlite; dataDir: string }
  | { kind: "pglite-thread"; factory: PrismaPg; pool: pg.Pool; dataDir: string; thread: EmbeddedThread };

/** Where the embedded database runs: in the caller's thread (scripts, tests), or a thread of its own (the server). */
export type EmbeddedPlacement = "in-process" | "own-thread";

let memoryTemplate: Blob | undefined;

/**
 * Test-only: in-memory databases start as a copy of this dump (PGlite's dumpDataDir) of a
 * migrated database, instead of running initdb and the migrations each time (a third of the time).
 */
export function startMemoryDatabasesFrom(dump: Blob): void {
  if (process.env.NODE_ENV !== "test" && !process.env.VITEST) throw new Error("only for tests");
  memoryTemplate = dump;
}

/**
 * PostgreSQL when DATABASE_URL is set, otherwise embedded PGlite in a local folder.
 * PGlite lets one process at a time open a folder: callers open it once and close it.
 * The server runs a folder's PGlite in a thread of its own (`own-thread`), so that statements
 * do not hold the event loop that serves pages; `next build` and in-memory databases never do.
 */
export function createAdapterFactory(config: Env = env(), placement: EmbeddedPlacement = "in-process"): AdapterChoice {
  if (config.databaseUrl) {
    // Bounded waits: a connection the server dropped mid-query (a restart, a terminated
    // backend) must fail the request, not leave it waiting forever. The pool is ours so that
    // plain SQL (lib/platform/db.ts `statements`) shares Prisma's connections.
    const pool = releasingDeadClients(
      new pg.Pool({ connectionString: config.databaseUrl, connectionTimeoutMillis: 5_000, query_timeout: 20_000 }),
    );
    return {
      kind: "postgres",
      factory: new PrismaPg(pool, { disposeExternalPool: true }),
      connectionString: config.databaseUrl,
      pool,
    };
  }
  const inMemory = config.pgliteDataDir.startsWith("memory://");
  const dataDir = inMemory ? config.pgliteDataDir : path.resolve(config.pgliteDataDir);
  if (!inMemory) {
    // .data/ itself too, when the folder is the default one inside it.
    if (path.basename(path.dirname(dataDir)) === ".data") ensurePrivateFolder(path.dirname(dataDir));
    ensurePrivateFolder(dataDir);
  }
  if (placement === "own-thread" && !inMemory && !isBuilding()) {
    const thread = startEmbeddedThread(dataDir, (error) => {
      // Without its database the server can only fail every request: end it, for its supervisor to restart.
      log.error("database.thread-ended", { error: error.message });
      process.exit(1);
    });
    const pool = releasingDeadClients(thread.pool);
    // An idle connection's error (its thread gone) must be logged, not thrown: Prisma listens only while connected.
    pool.on("error", (error) => log.warn("database.connection-error", { error: error.message }));
    return { kind: "pglite-thread", factory: new PrismaPg(pool), pool, dataDir, thread };
  }
  const pglite = inMemory
    ? new PGlite(dataDir, memoryTemplate ? { loadDataDir: memoryTemplate } : undefined)
    : new PGlite(isBuilding() ? buildSnapshotOf(dataDir) : dataDir);
  return { kind: "pglite", factory: new PrismaPGlite(pglite), pglite, dataDir };
}

/**
 * Gives a connection back to the pool as soon as the server ends it. @prisma/adapter-pg releases
 * a transaction's connection only after its ROLLBACK succeeds: when PostgreSQL terminates the
 * connection mid-transaction (a restart, an administrator), the ROLLBACK fails, the connection
 * stays checked out for good, and once every one of them is lost each request waits for a
 * connection that never comes. A second release of the same connection is ignored.
 */
export function releasingDeadClients(pool: pg.Pool): pg.Pool {
  const connect = pool.connect.bind(pool) as () => Promise<pg.PoolClient>;
  pool.connect = (async (...args: unknown[]) => {
    if (args.length > 0) return (connect as (...a: unknown[]) => unknown)(...args);
    const client = await connect();
    const release = client.release.bind(client);
    let released = false;
    const releaseDead = () => client.release(new Error("the server ended the connection"));
    client.once("end", releaseDead);
    client.release = (error?: Error | boolean) => {
      if (released) return;
      released = true;
      client.removeListener("end", releaseDead);
      release(error);
    };
    return client;
  }) as typeof pool.connect;
  return pool;
}

// `next build` renders the public pages from the database, in worker processes that may run
// side by side and are ended without closing anything: each reads its own copy of the folder.
function isBuilding(): boolean {
  return process.env.NEXT_PHASE === "phase-production-build";
}

function buildSnapshotOf(dataDir: string): string {
  const snapshot = mkdtempSync(path.join(os.tmpdir(), "dotm-build-pglite-"));
  cpSync(dataDir, snapshot, { recursive: true });
  process.once("exit", () => rmSync(snapshot, { recursive: true, force: true }));
  return snapshot;
}

/** Where the database is, for messages: never includes a password. */
export function describeDatabase(config: Env = env()): string {
  if (!config.databaseUrl) return `embedded PGlite (${config.pgliteDataDir})`;
  const url = new URL(config.databaseUrl);
  return `PostgreSQL at ${url.hostname}:${url.port || 5432}${url.pathname}`;
}
