import "server-only";
// The reads behind the applications' review screen.
export { applicationsReview, namesOf, REVIEW_ROWS, reviewDates, reviewEdition, type Applicant } from "./reads/review";
