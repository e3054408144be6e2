import type { RegistrationStatus } from "../registration/client";

export type Decision = "accept" | "waitlist" | "decline";

export type DecisionRefusal =
  | { id: string; name: string; problem: "no-free-place" | "too-early" | "no-early-waitlist" }
  | { id: string; name: string; problem: "already-decided"; status?: RegistrationStatus };

const REFUSALS: Record<DecisionRefusal["problem"], string> = {
  "no-free-place": "no place left (accepted people hold theirs until they confirm or their time runs out)",
  "too-early": "before the deadline, only people who need a visa letter can be decided",
  "no-early-waitlist":
    "nobody is put on the waiting list before the deadline (early decisions are accept or decline only, so that nobody jumps the queue)",
  "already-decided": "already decided",
};

const DONE: Record<Decision, string> = {
  accept: "Accepted (they have been emailed a link to confirm their place)",
  waitlist: "Put on the waiting list",
  decline: "Declined (they have been sent a kind email)",
};

/** The organizer's answer: who was decided, and who was refused and why. */
export function describeDecision(
  decision: Decision,
  decided: { name: string; position?: number }[],
  refused: DecisionRefusal[],
): string {
  const parts: string[] = [];
  if (decided.length)
    parts.push(
      `${DONE[decision]}: ${decided.map((p) => (p.position ? `${p.name} (number ${p.position})` : p.name)).join(", ")}.`,
    );
  if (refused.length) parts.push(`Not done for ${refused.map((r) => `${r.name}: ${REFUSALS[r.problem]}`).join("; ")}.`);
  return parts.join(" ") || "Nobody was marked.";
}

export const DECISION_PROBLEMS = {
  "edition-gone": "This edition no longer exists.",
  "not-by-application": "This edition gives its places first come: there are no applications to decide.",
} as const;
