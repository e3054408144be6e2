// The import rules of the layout (docs/architecture.md), checked by `npm run lint`:
// routes and components → a feature's entry (or an allowed platform module) → the platform.
// `npm run deps:graph` redraws docs/architecture/dependencies.svg from the same rules.

/** Platform modules a route or a component may use directly: the request's plumbing, never data. */
const PLATFORM_FOR_ROUTES = [
  "calendar/",
  "clock",
  "env",
  "log",
  "markdown",
  "text/",
  "forms/",
  "security/csp",
  "security/challenge",
  "security/local-site-wording",
  "security/mail-budget-wording",
  "auth/",
  "server/public-pages",
  "server/request-host",
  "mail/index",
  "validation/",
];

const ENTRY = String.raw`^lib/features/[^/]+/(index|reads|client)\.tsx?$`;

module.exports = {
  forbidden: [
    {
      name: "platform-knows-no-feature",
      comment: "The platform (lib/platform) is below every feature: it imports none, nor the composition above.",
      severity: "error",
      from: { path: "^lib/platform/" },
      to: { path: "^lib/(features|server)/" },
    },
    {
      name: "feature-through-entry",
      comment:
        "A feature uses another feature only through its entries (index.ts; reads.ts for page reads; client.ts for client-safe parts).",
      severity: "error",
      from: { path: "^lib/features/([^/]+)/" },
      to: { path: "^lib/features/[^/]+/", pathNot: [String.raw`^lib/features/$1/`, ENTRY] },
    },
    {
      name: "feature-not-composition",
      comment: "lib/server composes the features (mail templates, housekeeping); a feature does not import it.",
      severity: "error",
      from: { path: "^lib/features/" },
      to: { path: "^lib/server/" },
    },
    {
      name: "routes-through-entries",
      comment: "Routes and components use a feature only through its entry.",
      severity: "error",
      from: { path: "^(app|components)/", pathNot: "^app/bench/" },
      to: { path: "^lib/features/", pathNot: ENTRY },
    },
    {
      name: "routes-use-allowed-platform",
      comment:
        "Routes and components reach the platform only through an allow-list: no database, no outbox, no tokens.",
      severity: "error",
      from: { path: "^(app|components)/", pathNot: "^app/bench/" },
      to: { path: "^lib/platform/", pathNot: `^lib/platform/(${PLATFORM_FOR_ROUTES.join("|")})` },
    },
    {
      name: "routes-no-composition-no-prisma",
      comment: "Routes and components never touch the composition root or the generated Prisma client.",
      severity: "error",
      from: { path: "^(app|components)/", pathNot: "^app/bench/" },
      to: { path: "^lib/(server|generated)/" },
    },
    {
      name: "imports-point-down",
      comment: "lib/ imports neither routes nor components; components import no route.",
      severity: "error",
      from: { path: "^(lib|components)/" },
      to: { path: "^app/" },
    },
    {
      name: "lib-no-components",
      severity: "error",
      from: { path: "^lib/" },
      to: { path: "^components/" },
    },
    {
      name: "entries-load-anywhere-on-the-server",
      comment:
        "The composition (lib/server) and every feature's index.ts load in instrumentation and the worker, where a 'server-only' module throws: page reads go in reads.ts.",
      severity: "error",
      from: { path: String.raw`^(lib/server/|lib/features/[^/]+/index\.ts$)` },
      to: { path: "(^|/)node_modules/server-only/", reachable: true },
    },
    {
      name: "no-feature-cycles",
      comment: "Two features that import each other are one feature, or need a third below them.",
      severity: "error",
      from: { path: "^lib/" },
      to: { circular: true, path: "^lib/", pathNot: "^lib/generated/" },
    },
  ],
  options: {
    doNotFollow: { path: "node_modules" },
    exclude: { path: ["^lib/generated/", "^\\.next"] },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: "tsconfig.json" },
    enhancedResolveOptions: {
      exportsFields: ["exports"],
      conditionNames: ["import", "require", "node", "default", "types"],
    },
    reporterOptions: {
      dot: {
        collapsePattern:
          "^(lib/features/[^/]+|lib/platform/[^/]+|lib/server|app|components|tests|bench|scripts|prisma)/",
      },
    },
  },
};
