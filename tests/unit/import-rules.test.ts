import { execFileSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

// The import rules of .dependency-cruiser.cjs, run by `npm run lint`, checked on a small tree
// that breaks each of them once (and keeps some allowed imports as controls): a rule that
// cannot fail would let the layout rot unnoticed.
const tree: Record<string, string> = {
  "lib/platform/clock.ts": "export const now = () => new Date();\n",
  "lib/platform/db.ts": "export const db = () => null;\n",
  "lib/platform/reaches-up.ts": 'import { inner } from "../features/alpha/inner";\nexport const x = inner;\n',
  "lib/features/alpha/index.ts": 'export { inner } from "./inner";\n',
  "lib/features/alpha/inner.ts": 'import { now } from "../../platform/clock";\nexport const inner = now;\n',
  "lib/features/alpha/shows.ts": 'import { Card } from "../../../components/card";\nexport const y = Card;\n',
  "lib/features/beta/index.ts": 'import { inner } from "../alpha";\nexport const beta = inner;\n',
  "lib/features/beta/reaches-in.ts": 'import { inner } from "../alpha/inner";\nexport const z = inner;\n',
  "lib/features/beta/composes.ts": 'import { composed } from "../../server/compose";\nexport const w = composed;\n',
  "lib/features/gamma/index.ts": 'import { delta } from "../delta";\nexport const gamma = () => delta;\n',
  "lib/features/delta/index.ts": 'import { gamma } from "../gamma";\nexport const delta = () => gamma;\n',
  "lib/server/compose.ts": 'import { inner } from "../features/alpha";\nexport const composed = inner;\n',
  "app/page.tsx": [
    'import { inner } from "../lib/features/alpha/inner";',
    'import { db } from "../lib/platform/db";',
    'import { composed } from "../lib/server/compose";',
    'import { inner as fine } from "../lib/features/alpha";',
    'import { now } from "../lib/platform/clock";',
    "export const all = [inner, db, composed, fine, now];",
    "",
  ].join("\n"),
  "app/bench/baseline.ts": 'import { db } from "../../lib/platform/db";\nexport const b = db;\n',
  "components/card.tsx": 'import { all } from "../app/page";\nexport const Card = all;\n',
  "node_modules/server-only/package.json": '{ "name": "server-only", "main": "index.js" }\n',
  "node_modules/server-only/index.js": 'throw new Error("server-only");\n',
  "lib/features/epsilon/reads.ts": 'import "server-only";\nexport const pageRead = 1;\n',
  "lib/features/epsilon/leaks.ts": 'import { pageRead } from "./reads";\nexport const leak = pageRead;\n',
  "lib/features/epsilon/index.ts": 'export { leak } from "./leaks";\n',
};

let dir: string;

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), "import-rules-"));
  for (const [file, text] of Object.entries(tree)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), text);
  }
  cpSync(".dependency-cruiser.cjs", path.join(dir, ".dependency-cruiser.cjs"));
  writeFileSync(path.join(dir, "tsconfig.json"), JSON.stringify({ compilerOptions: { jsx: "react-jsx" } }));
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

type Violation = { rule: { name: string }; from: string; to: string };

function violations(): string[] {
  const binary = path.resolve("node_modules/dependency-cruiser/bin/dependency-cruise.mjs");
  let output: string;
  try {
    output = execFileSync(
      process.execPath,
      [binary, "app", "components", "lib", "--config", ".dependency-cruiser.cjs", "--output-type", "json"],
      { cwd: dir, encoding: "utf8" },
    );
  } catch (error) {
    // Violations make the command fail, as `npm run lint` must; the report is still on stdout.
    output = (error as { stdout: string }).stdout;
  }
  const report = JSON.parse(output) as { summary: { violations: Violation[] } };
  return report.summary.violations.map(({ rule, from, to }) => `${rule.name}: ${from} → ${to}`).sort();
}

describe("the import rules", () => {
  // One run of the real CLI: a few seconds, more on a busy machine.
  it("refuse each broken import, and only those", { timeout: 60_000 }, () => {
    const found = violations();
    expect(found.filter((line) => !line.startsWith("no-feature-cycles"))).toEqual(
      [
        "platform-knows-no-feature: lib/platform/reaches-up.ts → lib/features/alpha/inner.ts",
        "feature-through-entry: lib/features/beta/reaches-in.ts → lib/features/alpha/inner.ts",
        "feature-not-composition: lib/features/beta/composes.ts → lib/server/compose.ts",
        "routes-through-entries: app/page.tsx → lib/features/alpha/inner.ts",
        "routes-use-allowed-platform: app/page.tsx → lib/platform/db.ts",
        "routes-no-composition-no-prisma: app/page.tsx → lib/server/compose.ts",
        "lib-no-components: lib/features/alpha/shows.ts → components/card.tsx",
        "imports-point-down: components/card.tsx → app/page.tsx",
        "entries-load-anywhere-on-the-server: lib/features/epsilon/index.ts → node_modules/server-only/index.js",
      ].sort(),
    );
    expect(found.filter((line) => line.startsWith("no-feature-cycles"))).toEqual([
      expect.stringMatching(
        /^no-feature-cycles: lib\/features\/(gamma|delta)\/index\.ts → lib\/features\/(gamma|delta)\/index\.ts$/,
      ),
    ]);
  });
});
