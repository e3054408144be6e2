// The tables feature's entry: what routes, components and other features may use.
export { setTablePlanLocked } from "./lock-table-plan";
export { moveToTable } from "./move-to-table";
export { attendeeTables, dayPlan } from "./reads/table-plan";
export { MoveSchema, TablesSchema } from "./schemas";
export { setTables } from "./set-tables";
export { defaultTableCount } from "./table-plan";
export { TABLE_PLAN_PROBLEMS } from "./wording";
