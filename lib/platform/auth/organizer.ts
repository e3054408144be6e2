/** An organizer as the use cases see one: who acts, for the audit log and replies. */
export type Organizer = { email: string; name: string | null };
