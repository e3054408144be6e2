import type { NextConfig } from "next";
import { DATA_ANSWER_POLICY, publicPagePolicy } from "./lib/platform/security/csp";

// Headers that do not change per request. proxy.ts replaces the Content-Security-Policy where a
// page needs a nonce (see its matcher for where it runs).
const securityHeaders = [
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), interest-cohort=()" },
  { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
];

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // The benchmarks' baseline routes (app/bench/**/page.bench.tsx, route.bench.ts) are compiled
  // only into a benchmark build: a site's build has no trace of them.
  pageExtensions: ["tsx", "ts", ...(process.env.BENCH_ROUTES === "1" ? ["bench.tsx", "bench.ts"] : [])],
  // The test run builds into its own folder, so it never replaces a running site's build.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  // `npm test` type-checks the whole project (tsc) before its end-to-end build, which then does
  // not repeat it; every other build (a site's, the benchmarks') type-checks as usual.
  typescript: { ignoreBuildErrors: process.env.NEXT_DIST_DIR === ".next-test" },
  // PGlite loads its WebAssembly and data files from its own package folder at run time.
  serverExternalPackages: ["@electric-sql/pglite", "pglite-prisma-adapter", "pg"],
  // Public pages rendered after the build stay in memory (at most 50 MB, least recently used out):
  // written to disk, every mistyped or made-up edition address would add its cached 404 for good.
  cacheMaxMemorySize: 50 * 1024 * 1024,
  experimental: { isrFlushToDisk: false },
  async headers() {
    const policy = (value: string) => [{ key: "Content-Security-Policy", value }];
    const serverAction = [{ type: "header" as const, key: "next-action" }];
    return [
      { source: "/:path*", headers: securityHeaders },
      // A cached public page's policy; the answer to a page script's server action is page data, never a document.
      {
        source: "/:path*",
        missing: serverAction,
        headers: policy(publicPagePolicy({ dev: process.env.NODE_ENV === "development" })),
      },
      { source: "/:path*", has: serverAction, headers: policy(DATA_ANSWER_POLICY) },
    ];
  },
};

export default nextConfig;
