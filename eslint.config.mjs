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
  // The import rules (routes and components → a feature's entry → the platform) are checked by
  // dependency-cruiser in `npm run lint`: see .dependency-cruiser.cjs.
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
