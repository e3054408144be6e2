/** A table's name as people read it: its own name, or "Table 2". */
export const tableName = (names: readonly string[], index: number) => names[index]?.trim() || `Table ${index + 1}`;

export type TablePlanProblem = "not-a-day" | "no-such-table" | "not-attending";
export type TablePlanChange = { ok: true } | { ok: false; problem: TablePlanProblem };

/** What organizers read when a change to the plan cannot be made. */
export const TABLE_PLAN_PROBLEMS: Record<TablePlanProblem, string> = {
  "not-a-day": "That is not a day of this edition.",
  "no-such-table": "There is no such table: reload the page.",
  "not-attending": "That person is not a confirmed attendee of this day any more: reload the page.",
};
