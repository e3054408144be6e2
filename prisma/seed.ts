import { clock } from "../lib/clock";
import { db, disconnectDb } from "../lib/db";
import { seedIfEmpty } from "./seed-data";

async function main() {
  const outcome = await seedIfEmpty(db(), clock().now());
  console.log(outcome === "seeded" ? "Seeded the series' editions." : "Database already has editions: seed skipped.");
}

main()
  .catch((error) => {
    console.error(error);
    process.exitCode = 1;
  })
  .finally(disconnectDb);
