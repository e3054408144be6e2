// Checks the environment and the database before anything else starts, so a mistake
// ends in one clear message instead of a stack trace from deep inside a tool.
import { describeDatabase } from "../lib/database/adapter";
import { checkDatabaseReachable } from "../lib/database/reachability";
import { EnvError, parseEnv } from "../lib/env";

async function main(): Promise<number> {
  let config;
  try {
    config = parseEnv(process.env);
  } catch (error) {
    if (!(error instanceof EnvError)) throw error;
    console.error(error.message);
    return 1;
  }
  const problem = await checkDatabaseReachable(config);
  if (problem) {
    console.error(problem);
    return 1;
  }
  console.log(`Database: ${describeDatabase(config)}`);
  return 0;
}

main().then((code) => process.exit(code));
