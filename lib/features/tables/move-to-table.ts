import { audit } from "../organizers";
import type { Organizer } from "../../platform/auth/organizer";
import { clock as appClock, type Clock } from "../../platform/clock";
import { dayPlan } from "./reads/table-plan";
import { db } from "../../platform/db";
import type { TablePlanChange } from "./wording";

/** Moves one person to another table on one day; the move stays through later suggestions. */
export async function moveToTable(
  organizer: Organizer,
  editionId: string,
  day: string,
  registrationId: string,
  table: number,
  clock: Clock = appClock(),
): Promise<TablePlanChange> {
  const plan = await dayPlan(editionId, day);
  if (!plan) return { ok: false, problem: "not-a-day" };
  if (table < 0 || table >= plan.tableCount) return { ok: false, problem: "no-such-table" };
  if (!plan.tables.some((candidate) => candidate.people.some((person) => person.id === registrationId)))
    return { ok: false, problem: "not-attending" };
  await db().$transaction(async (tx) => {
    await tx.tableSeat.upsert({
      where: { registrationId_day: { registrationId, day } },
      create: { registrationId, day, editionId, table },
      update: { table },
    });
    await audit(organizer, "tables.move", `registration:${registrationId}`, { day, table }, { tx, clock });
  });
  return { ok: true };
}
