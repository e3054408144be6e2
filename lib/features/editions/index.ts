// The editions feature's entry: its use cases, schemas and wording, for routes, components, other
// features and the composition (lib/server), which the worker and instrumentation import: nothing
// here may reach a "server-only" module (the import rules check it).
export { deleteSampleEdition } from "./delete-sample-edition";
export { saveEdition, setEditionPublished } from "./edition-admin";
export { editionJsonLd, jsonLdScript } from "./json-ld";
export { SAMPLE_BANNER, visibleEditions } from "./sample";
export { EditionFormSchema, type SponsorInput, sponsorRows, SponsorSchema } from "./schemas";
export { EDITION_PROBLEMS } from "./wording";
