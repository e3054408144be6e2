// The journal feature's entry: its use cases, schemas and wording, for routes, components, other
// features and the composition (lib/server), which the worker and instrumentation import: nothing
// here may reach a "server-only" module (the import rules check it).
export { decideJournalPost, importJournal, type JournalDecision, requestJournalRemoval } from "./journal";
export { JournalImportSchema, RemovalRequestSchema } from "./schemas";
export { describeTimelineProblem, POST_DECISIONS_DONE, POST_PROBLEMS } from "./wording";
