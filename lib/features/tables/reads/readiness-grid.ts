import { db } from "../../../platform/db";
import { daysBetween } from "../../../platform/calendar/zoned-time";
import { dayPlan, type DayPlan } from "./table-plan";

/**
 * "Ready to sprint" for organizers: every day's tables as planned, each person with their
 * checklist. null for an unknown edition.
 */
export async function readinessGrid(editionId: string): Promise<DayPlan[] | null> {
  const edition = await db().edition.findUnique({ where: { id: editionId }, select: { startsOn: true, endsOn: true } });
  if (!edition) return null;
  const plans = [];
  for (const day of daysBetween(edition.startsOn, edition.endsOn)) plans.push((await dayPlan(editionId, day))!);
  return plans;
}
