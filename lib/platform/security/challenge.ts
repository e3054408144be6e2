import "server-only";
import { createHmac } from "node:crypto";
import { createChallenge, randomInt, verifySolution } from "altcha-lib";
import { deriveKey } from "altcha-lib/algorithms/pbkdf2";
import type { Challenge, Solution } from "altcha-lib/types";
import { authSecret } from "../auth/secret";
import { clock as appClock, type Clock } from "../clock";
import { env } from "../env";
import type { MailPurpose } from "./mail-budget-wording";

export { CHALLENGE_FIELD } from "./mail-budget-wording";
import { allowAttempt } from "./rate-limit";

/** As long as the counter that makes a solution single-use lives (rate-limit.ts). */
export const CHALLENGE_LIFETIME_MS = 10 * 60_000;

// WebCrypto PBKDF2 in a browser: about a second to count to the secret counter with these, on
// one core; a script that wants to send a hundred messages pays a hundred of them.
const ALGORITHM = "PBKDF2/SHA-256";
const COST = 1_000;
const COUNTER = { min: 1_500, max: 3_500 };

export type ChallengeSecrets = { signature: string; key: string };

/** CHALLENGE_HMAC_KEY, or keys derived from the sign-in secret (generated on a local site). */
export function challengeSecrets(): ChallengeSecrets {
  const base = env().challengeHmacKey ?? authSecret();
  const derive = (purpose: string) => createHmac("sha256", base).update(purpose).digest("base64url");
  return { signature: derive("altcha-challenge"), key: derive("altcha-derived-key") };
}

/**
 * A signed challenge for one form, as the JSON the widget takes. Its expiry is in its signed data
 * and read on the app's clock: altcha-lib's own expiry reads the system clock.
 */
export async function newChallenge(
  purpose: MailPurpose,
  clock: Clock = appClock(),
  secrets: ChallengeSecrets = challengeSecrets(),
): Promise<string> {
  const challenge = await createChallenge({
    algorithm: ALGORITHM,
    cost: COST,
    counter: randomInt(COUNTER.min, COUNTER.max),
    deriveKey,
    data: { purpose, expires: clock.now().getTime() + CHALLENGE_LIFETIME_MS },
    hmacSignatureSecret: secrets.signature,
    hmacKeySignatureSecret: secrets.key,
  });
  return JSON.stringify(challenge);
}

type Payload = { challenge: Challenge; solution: Solution };

function parsePayload(payload: string): Payload | null {
  try {
    const parsed = JSON.parse(Buffer.from(payload, "base64").toString("utf8")) as Partial<Payload> | null;
    return parsed?.challenge?.parameters && parsed.solution ? (parsed as Payload) : null;
  } catch {
    return null;
  }
}

/**
 * Whether `payload` solves a challenge this site made for this form, unexpired and never used
 * before. A solution is accepted once: its signature is counted in the rate-limit store, whose
 * counter outlives the challenge.
 */
export async function acceptSolution(
  payload: string,
  purpose: MailPurpose,
  clock: Clock = appClock(),
  secrets: ChallengeSecrets = challengeSecrets(),
): Promise<boolean> {
  const parsed = parsePayload(payload);
  const data = parsed?.challenge.parameters.data;
  if (!parsed || data?.purpose !== purpose) return false;
  if (typeof data.expires !== "number" || data.expires <= clock.now().getTime()) return false;
  try {
    const result = await verifySolution({
      challenge: parsed.challenge,
      solution: parsed.solution,
      deriveKey,
      hmacSignatureSecret: secrets.signature,
      hmacKeySignatureSecret: secrets.key,
    });
    if (!result.verified) return false;
  } catch {
    return false; // a malformed payload
  }
  return allowAttempt("challenge-solution", parsed.challenge.signature!, clock);
}
