import "server-only";
// The journal feature's reads for pages (server components and route handlers only).
export { adminJournal, getPublishedJournal, type JournalMedia, journalPostForRemoval } from "./reads/journal";
