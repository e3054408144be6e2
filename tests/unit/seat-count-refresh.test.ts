import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { SEAT_COUNT_REFRESH_S } from "@/lib/platform/server/public-pages";

// Next reads a page's `revalidate` from its source, so each page that counts places writes the
// number out: this keeps them equal to the one the code and the README name.
const COUNTING_PAGES = ["app/(site)/page.tsx", "app/(site)/editions/[slug]/page.tsx"];

describe("pages that count places", () => {
  it.each(COUNTING_PAGES)("%s is rendered again every SEAT_COUNT_REFRESH_S seconds", (file) => {
    const declared = /^export const revalidate = (\d+);$/m.exec(readFileSync(file, "utf8"));
    expect(Number(declared?.[1])).toBe(SEAT_COUNT_REFRESH_S);
  });

  it("are the only ones that show a count of places (the edition page's through RegisterCall)", () => {
    const counting = ["app", "components"]
      .flatMap((dir) => readdirSync(dir, { recursive: true, encoding: "utf8" }).map((file) => path.join(dir, file)))
      .filter((file) => /\.tsx$/.test(file) && !file.startsWith("app/bench/"))
      .filter((file) => readFileSync(file, "utf8").includes("places left"));
    expect(counting.sort()).toEqual(["app/(site)/page.tsx", "components/site/register-call.tsx"]);
  });
});
