import { audit } from "../admin/audit";
import type { Organizer } from "../auth/require-organizer";
import { clock as appClock, type Clock } from "../clock";
import { db } from "../db";
import type { TablesInput } from "../validation/tables";

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
