import path from "node:path";
import { defineConfig } from "prisma/config";
import { migrationAdapterFactory } from "./lib/platform/database/migration-adapter";

// The CLI (migrate, studio) connects through the same driver adapter choice as the app.
export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: path.join("prisma", "schema.prisma"),
  migrations: { path: path.join("prisma", "migrations") },
  adapter: migrationAdapterFactory,
});
