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
