import type { PGlite } from "@electric-sql/pglite";
import type { SqlDriverAdapter, SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import { createAdapterFactory } from "./adapter";

/**
 * The adapter factory for the Prisma CLI. On PGlite, migration scripts must go through the
 * simple query protocol: the adapter sends them as prepared statements, which PostgreSQL
 * refuses for multi-statement scripts, and its executeScript does not await the result.
 *
 * The CLI never closes PGlite, whose timers then keep the process alive after the command
 * is done: use it for `migrate dev` and `status`, and `npm run db:migrate` to apply migrations.
 */
export async function migrationAdapterFactory(): Promise<SqlMigrationAwareDriverAdapterFactory> {
  const created = createAdapterFactory();
  if (created.kind !== "pglite") return created.factory;
  const { factory, pglite } = created;
  return {
    provider: factory.provider,
    adapterName: factory.adapterName,
    connect: async () => runScriptsWithSimpleProtocol(await factory.connect(), pglite),
    connectToShadowDb: async () => {
      const shadow = await factory.connectToShadowDb();
      return runScriptsWithSimpleProtocol(shadow, (shadow as unknown as { client: PGlite }).client);
    },
  };
}

function runScriptsWithSimpleProtocol(adapter: SqlDriverAdapter, pglite: PGlite): SqlDriverAdapter {
  const executeRaw = adapter.executeRaw.bind(adapter);
  adapter.executeRaw = async (query) => {
    if (query.args.length > 0) return executeRaw(query);
    await pglite.exec(query.sql);
    return 0;
  };
  adapter.executeScript = async (script) => {
    await pglite.exec(script);
  };
  return adapter;
}
