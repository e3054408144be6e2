import { clock } from "../lib/clock";
import { db, disconnectDb } from "../lib/db";
import { env } from "../lib/env";
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
