import { AGAIN_CHOICES, type AgainChoice, type Question, SHOW_FROM } from "./questions";

export type RatingResult = {
  question: Question;
  counts: [number, number, number, number, number];
  average: number | null;
  answered: number;
};
export type AgainResult = { question: Question; counts: Record<AgainChoice, number>; answered: number };
export type TextResult = { question: Question; texts: string[] };
export type QuestionResult =
  ({ kind: "rating" } & RatingResult) | ({ kind: "again" } & AgainResult) | ({ kind: "text" } & TextResult);

/** Each question's distribution (ratings, yes/no/maybe) or its texts, from the stored answers. */
export function summarize(
  questions: readonly Question[],
  answers: readonly Record<string, unknown>[],
): QuestionResult[] {
  return questions.map((question) => {
    const given = answers.map((answer) => answer[question.id]).filter((value) => value !== undefined);
    if (question.kind === "rating") {
      const counts: [number, number, number, number, number] = [0, 0, 0, 0, 0];
      for (const value of given) if (typeof value === "number" && value >= 1 && value <= 5) counts[value - 1]! += 1;
      const answered = counts.reduce((sum, n) => sum + n, 0);
      const total = counts.reduce((sum, n, index) => sum + n * (index + 1), 0);
      return {
        kind: "rating",
        question,
        counts,
        answered,
        average: answered ? Math.round((total / answered) * 10) / 10 : null,
      };
    }
    if (question.kind === "again") {
      const counts = { yes: 0, maybe: 0, no: 0 };
      for (const value of given)
        if (typeof value === "string" && value in AGAIN_CHOICES) counts[value as AgainChoice] += 1;
      return { kind: "again", question, counts, answered: counts.yes + counts.maybe + counts.no };
    }
    return { kind: "text", question, texts: given.filter((value): value is string => typeof value === "string") };
  });
}

/**
 * Whether organizers may see the answers yet: fewer than SHOW_FROM could be told apart, and so
 * could one or two anonymous answers among named ones (everyone else's are known).
 */
export const canShow = (answered: number, anonymous: number) =>
  answered >= SHOW_FROM && (anonymous === 0 || anonymous >= SHOW_FROM);

/** "86 %", or null when nobody was invited. */
export const responseRate = (answered: number, invited: number) =>
  invited > 0 ? Math.round((answered / invited) * 100) : null;

/** What the impact page shows, as organizers chose: each rating's average, the response rate. */
export type PublishedFigures = {
  answered: number;
  invited: number;
  rate: number | null;
  averages: { prompt: string; average: number; answered: number }[];
};

export function publicFigures(
  questions: readonly Question[],
  answers: readonly Record<string, unknown>[],
  invited: number,
  chosen: { averages: boolean; responseRate: boolean },
): PublishedFigures {
  return {
    answered: answers.length,
    invited,
    rate: chosen.responseRate ? responseRate(answers.length, invited) : null,
    averages: chosen.averages
      ? summarize(questions, answers).flatMap((result) =>
          result.kind === "rating" && result.average !== null
            ? [{ prompt: result.question.prompt, average: result.average, answered: result.answered }]
            : [],
        )
      : [],
  };
}
