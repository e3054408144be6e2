// What client components may import of the applications feature (no database, no secrets).
export { DecisionFormSchema, REVIEW_STATUSES } from "./schemas";
