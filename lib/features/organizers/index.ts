// The organizers feature's entry: its use cases, schemas and wording, for routes, components, other
// features and the composition (lib/server), which the worker and instrumentation import: nothing
// here may reach a "server-only" module (the import rules check it).
export { addOrganizer } from "./add-organizer";
export { audit } from "./audit";
export { revokeOrganizer } from "./revoke-organizer";
export { OrganizerSchema } from "./schemas";
export { describeOrganizerProblem } from "./wording";
