import "server-only";
import { createCipheriv, createDecipheriv, randomBytes } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { env } from "../env";
import { ensurePrivateFolder } from "../server/private-folder";

// Fields that could hurt someone if leaked (passport numbers, dates of birth, grant reasons) are
// stored sealed: AES-256-GCM under DATA_ENCRYPTION_KEY, each bound to its row and field by the
// additional data, so a sealed value copied into another row or column does not open.

const LOCAL_KEY_FILE = path.join(".data", "data-encryption-key");
const VERSION = "v1";

export class SealedFieldError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "SealedFieldError";
  }
}

/**
 * True when sealed fields can be written: DATA_ENCRYPTION_KEY is set, or the site is local (its
 * key is generated once in .data/, beside the embedded database it protects). A public site
 * without the key keeps the features that need it off.
 */
export function sealingAvailable(): boolean {
  return Boolean(env().dataEncryptionKey) || env().localSite;
}

function localKey(): string {
  try {
    return readFileSync(LOCAL_KEY_FILE, "utf8").trim();
  } catch {
    ensurePrivateFolder(path.dirname(LOCAL_KEY_FILE));
    const key = randomBytes(32).toString("base64");
    try {
      writeFileSync(LOCAL_KEY_FILE, key, { mode: 0o600, flag: "wx" });
      return key;
    } catch {
      return readFileSync(LOCAL_KEY_FILE, "utf8").trim(); // another process wrote it first
    }
  }
}

// Read once per process: the environment does not change while it runs, and the local key file
// is written once (a missing key is not cached, so the error stays until it is set).
let cachedKey: Buffer | undefined;

function key(): Buffer {
  if (cachedKey) return cachedKey;
  const configured = env().dataEncryptionKey;
  if (!configured && !env().localSite) throw new SealedFieldError("DATA_ENCRYPTION_KEY is not set");
  cachedKey = Buffer.from(configured ?? localKey(), "base64");
  return cachedKey;
}

/**
 * Seals `plaintext` for one field of one row, e.g. `sealField(passport, "visa-letter.passport:" + id)`.
 * The result is text: "v1." then base64url of the 12-byte IV, the 16-byte tag and the ciphertext.
 */
export function sealField(plaintext: string, binding: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", key(), iv);
  cipher.setAAD(Buffer.from(binding, "utf8"));
  const body = Buffer.concat([cipher.update(plaintext, "utf8"), cipher.final()]);
  return `${VERSION}.${Buffer.concat([iv, cipher.getAuthTag(), body]).toString("base64url")}`;
}

/** Opens what sealField sealed with the same binding; throws SealedFieldError on anything else. */
export function openField(sealed: string, binding: string): string {
  const [version, payload] = sealed.split(".", 2);
  if (version !== VERSION || !payload) throw new SealedFieldError("not a sealed field");
  const bytes = Buffer.from(payload, "base64url");
  if (bytes.length < 28) throw new SealedFieldError("not a sealed field");
  const decipher = createDecipheriv("aes-256-gcm", key(), bytes.subarray(0, 12));
  decipher.setAAD(Buffer.from(binding, "utf8"));
  decipher.setAuthTag(bytes.subarray(12, 28));
  try {
    return Buffer.concat([decipher.update(bytes.subarray(28)), decipher.final()]).toString("utf8");
  } catch {
    throw new SealedFieldError("the sealed field does not open with this key and binding");
  }
}
