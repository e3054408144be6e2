import "server-only";
// The site feature's reads for pages (server components and route handlers only).
export { getMailboxMessage, listMailboxMessages } from "./reads/dev-mailbox";
export { describeResendProblem, mailHealth, type RelayFault, relayTime } from "./reads/mail-health";
