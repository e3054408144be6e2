export type MailPurpose = "registration" | "newsletter" | "host" | "privacy";

/** Each budget's form, and the variable that sets it. */
export const MAIL_PURPOSES: Record<MailPurpose, { form: string; variable: string }> = {
  registration: { form: "registration", variable: "REGISTRATION_MAIL_PER_HOUR (or REGISTRATION_MAIL_PER_SEAT)" },
  newsletter: { form: "newsletter", variable: "NEWSLETTER_MAIL_PER_HOUR" },
  host: { form: "host proposal", variable: "HOST_MAIL_PER_HOUR" },
  privacy: { form: "privacy request", variable: "PRIVACY_MAIL_PER_HOUR" },
};

/** The form field that carries a solved challenge; the widget's own field has another name. */
export const CHALLENGE_FIELD = "altcha";

export const BUSY_MESSAGE = "We are busy right now, please try again later. Nothing was sent.";

export const CHALLENGE_INVITATION =
  "Or send it now: your browser solves a short puzzle first (about a second), then press the button again.";

/** What the challenge's live region says as the widget's state changes. */
export const CHALLENGE_STATES: Record<string, string> = {
  verifying: "Solving the puzzle…",
  verified: "Puzzle solved: you can send the form now.",
  error: "The puzzle could not be solved. Please try again later.",
  expired: "The puzzle has expired: please send the form again for a new one.",
};

export const BUDGET_ALERT = ({ form, variable }: { form: string; variable: string }, budget: number) => ({
  subject: `The ${form} form has nearly spent its mail budget`,
  paragraphs: [
    `The ${form} form has caused 80 % of its budget of ${budget} emails in the last hour (${variable}). The other forms are not affected.`,
    `From now on it asks each sender to let their browser solve a short puzzle first; once the budget is spent, it answers "we are busy, please try again later" and sends nothing until the hour's count falls. If this is a real rush, raise ${variable}; if not, someone may be using the form to send mail to strangers.`,
  ],
});
