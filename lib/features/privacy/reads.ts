import "server-only";
// The privacy feature's server-only entry: the export opens sealed fields (a travel grant's
// reason) for the person's own copy, and sealed-fields loads only where "server-only" may.
export { exportPersonalData } from "./export-personal-data";
