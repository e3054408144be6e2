// `npm run deps:graph`: redraws docs/dependencies.md, the layout's graph (features, platform,
// composition) as dependency-cruiser sees it with the rules of .dependency-cruiser.cjs.
import { execFileSync } from "node:child_process";
import { writeFileSync } from "node:fs";

const cruise = (...args) =>
  execFileSync("npx", ["depcruise", "--config", ".dependency-cruiser.cjs", ...args], { encoding: "utf8" });

const graph = cruise(
  "lib",
  "--include-only",
  "^lib/",
  "--exclude",
  "^lib/generated",
  "--collapse",
  "^lib/features/[^/]+|^lib/platform|^lib/server",
  "--output-type",
  "mermaid",
);
const rules = cruise("app", "components", "lib", "--output-type", "err");

writeFileSync(
  "docs/dependencies.md",
  `# Dependencies between the parts of lib/

Drawn by \`npm run deps:graph\` (dependency-cruiser, rules in \`.dependency-cruiser.cjs\`): each
feature, each part of the platform, and the composition (\`lib/server\`). Arrows point from the
importer to what it imports; nothing points from the platform to a feature.

\`\`\`mermaid
${graph.trim()}
\`\`\`

## The rules' report

\`\`\`text
${rules.trim()}
\`\`\`
`,
);
