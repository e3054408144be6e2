import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

// package.json says which of our modules have side effects ("sideEffects"): the bundler may drop
// any other module whose exports go unused, which keeps a route that imports one function from
// a feature's entry from carrying the whole feature (issue 30: the server bundle went from 48 MB
// back to 38 MB). A module imported only for its side effects must therefore be listed, or the
// build silently leaves it out: this test reads the code and holds the list to it.

const listed = (JSON.parse(readFileSync("package.json", "utf8")) as { sideEffects: string[] }).sideEffects;

/** Every `import "<module>"` of a file of ours in `source`, resolved from the importing file. */
export function bareImportsOfOurs(file: string, source: string): string[] {
  return [...source.matchAll(/^import\s+["']([^"']+)["'];?$/gm)]
    .map((match) => match[1]!)
    .filter((specifier) => specifier.startsWith(".") || specifier.startsWith("@/"))
    .map((specifier) => (specifier.startsWith("@/") ? specifier.slice(2) : path.join(path.dirname(file), specifier)));
}

function isListed(module: string): boolean {
  return listed.some((entry) =>
    entry.startsWith("*.")
      ? module.endsWith(entry.slice(1))
      : path.normalize(entry) === path.normalize(`${module}.ts`) || path.normalize(entry) === path.normalize(module),
  );
}

describe("modules imported for their side effects", () => {
  it("finds a bare import of ours, and only of ours (so the check below can fail)", () => {
    expect(bareImportsOfOurs("lib/server/startup.ts", 'import "server-only";\nimport "./mail-templates";\n')).toEqual([
      "lib/server/mail-templates",
    ]);
    expect(isListed("lib/server/mail-templates")).toBe(true);
    expect(isListed("lib/server/shutdown")).toBe(false);
  });

  it("are all listed in package.json's sideEffects", () => {
    const files = ["app", "lib", "components", "instrumentation.ts", "proxy.ts"].flatMap((root) =>
      root.endsWith(".ts")
        ? [root]
        : readdirSync(root, { recursive: true, withFileTypes: true })
            .filter((entry) => entry.isFile() && /\.(ts|tsx)$/.test(entry.name))
            .map((entry) => path.relative(process.cwd(), path.join(entry.parentPath, entry.name))),
    );
    const bare = files.flatMap((file) => bareImportsOfOurs(file, readFileSync(file, "utf8")));
    expect(bare.length).toBeGreaterThan(0);
    expect(bare.filter((module) => !isListed(module))).toEqual([]);
  });
});
