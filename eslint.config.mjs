import nextCoreWebVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";

const config = [
  ...nextCoreWebVitals,
  ...nextTypescript,
  {
    rules: {
      // A leading underscore marks a parameter a signature requires but the body does not use.
      "@typescript-eslint/no-unused-vars": [
        "warn",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_", ignoreRestSiblings: true },
      ],
      // The site's catch-all 404 route (app/(site)/[...missing]) makes every address look like a
      // page to this rule. Plain links in forms are deliberate: a full load of a cached page, and
      // no router code in the form's bundle.
      "@next/next/no-html-link-for-pages": "off",
    },
  },
  // Imports point downwards: app → components → lib; nothing below app/ imports a route. Routes
  // and components reach the database only through lib/data (reads) and lib/services (writes).
  // (A file's rule is the last one that matches it, so each group lists all it forbids.)
  {
    files: ["app/**", "components/**"],
    ignores: ["app/bench/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["@/lib/platform/db", "@/lib/generated/*"],
              message: "Routes and components read through lib/data and write through lib/services.",
            },
          ],
        },
      ],
    },
  },
  {
    files: ["components/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            { group: ["@/app/*"], message: "Imports point downwards: pass the action in from app/." },
            {
              group: ["@/lib/platform/db", "@/lib/generated/*"],
              message: "Routes and components read through lib/data and write through lib/services.",
            },
          ],
        },
      ],
    },
  },
  {
    files: ["lib/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["@/app/*", "@/components/*"],
              message: "lib/ is the domain: it imports neither routes nor components.",
            },
          ],
        },
      ],
    },
  },
  {
    ignores: [
      ".next/**",
      ".next-test/**",
      ".next-bench/**",
      ".data/**",
      "node_modules/**",
      "lib/generated/**",
      "next-env.d.ts",
      "test-results/**",
      "playwright-report/**",
    ],
  },
];

export default config;
