// The journal feature's entry: what routes, components and other features may use.
export { decideJournalPost, importJournal, type JournalDecision, requestJournalRemoval } from "./journal";
export { adminJournal, getPublishedJournal, type JournalMedia, journalPostForRemoval } from "./reads/journal";
export { JournalImportSchema, RemovalRequestSchema } from "./schemas";
export { describeTimelineProblem, POST_DECISIONS_DONE, POST_PROBLEMS } from "./wording";
