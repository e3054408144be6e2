// The ticket claims' entry: who claimed a board ticket, and who sits at a table on a day. Below
// both the ticket board and the outcomes' pull-request discovery (which credits a claim), so that
// neither imports the other. Nothing here may reach a "server-only" module (the import rules check it).
export { claimForTracTicket, type TicketClaimFound } from "./claim-for-ticket";
export { peopleAtTable, tableOf } from "./tables-of-day";
