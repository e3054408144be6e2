import "server-only";
import { randomBytes } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import { ensurePrivateFolder } from "../server/private-folder";
import path from "node:path";
import { env } from "../env";

const LOCAL_SECRET_FILE = path.join(".data", "auth-secret");

/**
 * NEXTAUTH_SECRET, or on a local site a random one generated once and kept in .data/ (which git
 * ignores), so the README's first command needs no setup and sign-ins survive restarts.
 */
export function authSecret(): string {
  const configured = env().authSecret;
  if (configured) return configured;
  if (!env().localSite) throw new Error("NEXTAUTH_SECRET is required when SITE_URL is not local");
  try {
    return readFileSync(LOCAL_SECRET_FILE, "utf8").trim();
  } catch {
    ensurePrivateFolder(path.dirname(LOCAL_SECRET_FILE));
    const secret = randomBytes(32).toString("base64url");
    try {
      writeFileSync(LOCAL_SECRET_FILE, secret, { mode: 0o600, flag: "wx" });
      return secret;
    } catch {
      // Another process wrote it first.
      return readFileSync(LOCAL_SECRET_FILE, "utf8").trim();
    }
  }
}
