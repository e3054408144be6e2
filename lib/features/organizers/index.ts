// The organizers feature's entry: what routes, components and other features may use.
export { addOrganizer } from "./add-organizer";
export { audit } from "./audit";
export { AUDIT_PER_PAGE, auditPage } from "./reads/admin-audit";
export { listOrganizers } from "./reads/organizers";
export { revokeOrganizer } from "./revoke-organizer";
export { OrganizerSchema } from "./schemas";
export { describeOrganizerProblem } from "./wording";
