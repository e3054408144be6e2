import { audit } from "../organizers";
import type { Organizer } from "../../platform/auth/organizer";
import { clock as appClock, type Clock } from "../../platform/clock";
import { db } from "../../platform/db";
import type { TablesInput } from "./schemas";

/** The number of tables (empty: one per five confirmed people) and their names. */
export async function setTables(
  organizer: Organizer,
  editionId: string,
  input: TablesInput,
  clock: Clock = appClock(),
) {
  await db().edition.update({ where: { id: editionId }, data: { tableCount: input.count, tableNames: input.names } });
  await audit(
    organizer,
    "tables.settings",
    `edition:${editionId}`,
    { count: input.count, names: input.names.length },
    { clock },
  );
}
