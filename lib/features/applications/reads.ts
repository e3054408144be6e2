import "server-only";
// The reads behind the applications' review screen.
export { applicationsReview, namesOf, reviewDates, reviewEdition, type Applicant } from "./reads/review";
