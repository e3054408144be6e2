import { z } from "zod";

/** A rating from 1 to 5, free text, or "would you come again": yes, no or maybe. */
export type QuestionKind = "rating" | "text" | "again";
export type Question = { id: string; kind: QuestionKind; prompt: string };

export const QUESTION_KINDS: Record<QuestionKind, string> = {
  rating: "A rating from 1 to 5",
  text: "Free text",
  again: "Yes, no or maybe",
};
export const AGAIN_CHOICES = { yes: "Yes", maybe: "Maybe", no: "No" } as const;
export type AgainChoice = keyof typeof AGAIN_CHOICES;

/** What a new edition's survey asks until its organizers change it. */
export const DEFAULT_QUESTIONS: readonly Question[] = [
  { id: "overall", kind: "rating", prompt: "Overall, how was the sprint?" },
  { id: "morning", kind: "rating", prompt: "How did the morning format work for you?" },
  { id: "venue", kind: "rating", prompt: "How were the venue and the food?" },
  { id: "keep", kind: "text", prompt: "What should we keep?" },
  { id: "change", kind: "text", prompt: "What should we change?" },
  { id: "again", kind: "again", prompt: "Would you come again?" },
];

/** Organizers see distributions from this many answers; they can publish figures from PUBLISH_FROM. */
export const SHOW_FROM = 3;
export const PUBLISH_FROM = 5;
export const MAX_QUESTIONS = 12;
export const MAX_TEXT_ANSWER = 2_000;

const QuestionList = z.array(
  z.object({ id: z.string().min(1), kind: z.enum(["rating", "text", "again"]), prompt: z.string().min(1) }),
);

/** The stored questions (JSON), read strictly: anything malformed falls back to the defaults. */
export function questionsOf(stored: unknown): Question[] {
  const parsed = QuestionList.safeParse(stored);
  return parsed.success && parsed.data.length > 0 ? parsed.data : [...DEFAULT_QUESTIONS];
}

/** The form field that carries a question's answer. */
export const answerField = (question: Pick<Question, "id">) => `answer-${question.id}`;
