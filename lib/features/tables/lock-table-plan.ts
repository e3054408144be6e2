import { audit } from "../organizers";
import type { Organizer } from "../../platform/auth/organizer";
import { clock as appClock, type Clock } from "../../platform/clock";
import { dayPlan } from "./reads/table-plan";
import { db } from "../../platform/db";
import type { TablePlanChange } from "./wording";

/**
 * Locks a day's plan as it stands (everyone keeps their table; people who confirm later are
 * placed around them, and attendees see their table), or unlocks it (the moves stay).
 */
export async function setTablePlanLocked(
  organizer: Organizer,
  editionId: string,
  day: string,
  locked: boolean,
  clock: Clock = appClock(),
): Promise<TablePlanChange> {
  const plan = await dayPlan(editionId, day);
  if (!plan) return { ok: false, problem: "not-a-day" };
  await db().$transaction(async (tx) => {
    if (locked) {
      const seats = plan.tables.flatMap((table) =>
        table.people.map((person) => ({ registrationId: person.id, day, editionId, table: table.index })),
      );
      await tx.tableSeat.deleteMany({ where: { editionId, day } });
      await tx.tableSeat.createMany({ data: seats });
      await tx.tablePlanLock.upsert({
        where: { editionId_day: { editionId, day } },
        create: { editionId, day, lockedAt: clock.now(), lockedBy: organizer.email },
        update: {},
      });
    } else {
      await tx.tablePlanLock.deleteMany({ where: { editionId, day } });
    }
    await audit(organizer, locked ? "tables.lock" : "tables.unlock", `edition:${editionId}`, { day }, { tx, clock });
  });
  return { ok: true };
}
