import { dayPlan } from "../tables";

/**
 * A person's table on a day, once organizers locked that day's plan (what the person sees on
 * their manage page), else null: a table's claim needs a table people know they sit at.
 */
export async function tableOf(editionId: string, day: string, registrationId: string): Promise<number | null> {
  const plan = await dayPlan(editionId, day);
  if (!plan?.locked) return null;
  return plan.tables.find((table) => table.people.some((person) => person.id === registrationId))?.index ?? null;
}

/** The people at a table on a day (the plan as the tables page shows it), for crediting a table's claim. */
export async function peopleAtTable(
  editionId: string,
  day: string,
  table: number,
): Promise<{ id: string; name: string }[]> {
  const plan = await dayPlan(editionId, day);
  return (plan?.tables[table]?.people ?? []).map(({ id, name }) => ({ id, name }));
}
