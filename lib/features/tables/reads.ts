import "server-only";
// The tables feature's reads for pages (server components and route handlers only).
export { attendeeTables, dayPlan, type DayPlan, type SeatedPerson } from "./reads/table-plan";
