import { db } from "../db";

/** Ends one browser's session: its row goes, so the cookie no longer signs anyone in. */
export async function endSession(sessionToken: string): Promise<void> {
  await db().session.deleteMany({ where: { sessionToken } });
}
