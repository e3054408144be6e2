// The tables feature's entry: its use cases, schemas and wording, for routes, components, other
// features and the composition (lib/server), which the worker and instrumentation import: nothing
// here may reach a "server-only" module (the import rules check it).
export { setTablePlanLocked } from "./lock-table-plan";
export { moveToTable } from "./move-to-table";
export { MoveSchema, TablesSchema } from "./schemas";
export { setTables } from "./set-tables";
export { defaultTableCount } from "./table-plan";
export { TABLE_PLAN_PROBLEMS } from "./wording";
// For the ticket board and the outcomes' credits: a table's people on a day come from the same plan the tables page shows.
export { dayPlan, type DayPlan } from "./reads/table-plan";
