// The applications feature's entry (selection by application, docs/applications.md): deciding
// applications, and the room's make-up. Nothing here may reach a "server-only" module.
export { roomComposition, type RoomComposition, type RoomPerson } from "./composition";
export { decideApplications, type DecisionOutcome } from "./decide-applications";
export { ApplicationFilterSchema, DecisionFormSchema, REVIEW_STATUSES, type ApplicationFilter } from "./schemas";
export { DECISION_PROBLEMS, describeDecision, type Decision, type DecisionRefusal } from "./wording";
