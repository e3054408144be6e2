import type { ConfirmOutcome } from "@/lib/features/registration";
import type { PassingProblem } from "@/lib/platform/forms/passing-failure";

/** Where a press of Confirm put the person: a place, the waiting list, or an application received. */
export type ConfirmPlacement = Omit<Extract<ConfirmOutcome, { ok: true }>, "ok">;
/** Why a press changed nothing: the link is spent or no longer valid, or the site is busy for a moment. */
export type ConfirmProblem = "gone" | PassingProblem;
/** The answer of submit/route.ts, as JSON to the page's script; the page's redirect names a problem. */
export type ConfirmAnswer = { result: ConfirmPlacement } | { problem: ConfirmProblem; message: string };
