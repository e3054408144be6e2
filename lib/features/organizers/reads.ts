import "server-only";
// The organizers feature's reads for pages (server components and route handlers only).
export { AUDIT_PER_PAGE, auditPage } from "./reads/admin-audit";
export { listOrganizers } from "./reads/organizers";
