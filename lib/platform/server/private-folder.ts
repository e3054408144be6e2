import { chmodSync, mkdirSync } from "node:fs";

/**
 * Creates a folder readable by its owner only (0700), and tightens it if it exists already: the
 * embedded database and the generated sign-in secret hold every attendee's personal data.
 */
export function ensurePrivateFolder(dir: string): void {
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  chmodSync(dir, 0o700);
}
