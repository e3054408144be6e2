import { clock } from "../lib/platform/clock";
import { db, disconnectDb } from "../lib/platform/db";
import { env } from "../lib/platform/env";
import { describeSeed, seedSeries } from "./seed-data";

async function main() {
  const report = await seedSeries(db(), clock().now(), { localSite: env().localSite });
  for (const line of describeSeed(report)) console.log(line);
}

main()
  .catch((error) => {
    console.error(error);
    process.exitCode = 1;
  })
  .finally(disconnectDb);
