/** A registration form as a person fills it in, for the benchmarks that post one. */
export const registrationForm = (name: string, email: string) => ({
  name,
  email,
  city: "Pescara",
  country: "Italy",
  experience: "few",
  interests: "orm",
  days: "2031-05-01",
  codeOfConduct: "on",
});

/** A press of the Confirm button as the page's script sends it (registrations/confirm/[token]/submit/route.ts). */
export const confirmPress = (token: string) => ({
  body: "",
  headers: { accept: "application/json" },
  path: `/registrations/confirm/${token}/submit`,
});
