import "server-only";
// The reads behind the applications' review screen.
export { applicationsReview, reviewDates, reviewEdition, type Applicant } from "./reads/review";
