import { describe, expect, it } from "vitest";
import { parseCsv } from "@/lib/features/outcomes/csv";
import { impactOf, type ImpactOutcome } from "@/lib/features/outcomes/impact";
import { statusSourceOf } from "@/lib/features/outcomes/status-source";
import { OutcomeSchema } from "@/lib/features/outcomes/schemas";

const outcome = (overrides: Partial<ImpactOutcome>): ImpactOutcome => ({
  kind: "pull_request",
  status: "open",
  area: null,
  firstContribution: false,
  contributorIds: ["ada"],
  ...overrides,
});

describe("impact numbers", () => {
  it("counts kinds by status, merged pull requests, people and first-timers", () => {
    const impact = impactOf([
      outcome({ status: "merged", contributorIds: ["ada", "grace"], firstContribution: true, area: "ORM" }),
      outcome({ status: "open", contributorIds: ["ada"], area: " orm " }),
      outcome({ status: "closed", contributorIds: ["linus"] }),
      outcome({ kind: "ticket", status: "done", contributorIds: ["grace"], area: "Admin" }),
      outcome({
        kind: "documentation",
        status: "merged",
        contributorIds: ["margaret"],
        firstContribution: true,
        area: "Docs",
      }),
    ]);
    expect(impact.total).toBe(5);
    expect(impact.byKind.pull_request).toEqual({ open: 1, merged: 1, closed: 1, done: 0, total: 3 });
    expect(impact.byKind.ticket.total).toBe(1);
    expect(impact.byKind.review.total).toBe(0);
    expect(impact.byStatus).toEqual({ open: 1, merged: 2, closed: 1, done: 1 });
    expect(impact.mergedPullRequests).toBe(1);
    expect(impact.contributors).toBe(4);
    // Ada and Grace worked on a first contribution together; Margaret on hers.
    expect(impact.firstTimeContributors).toBe(3);
    expect(impact.areas).toEqual([
      { area: "ORM", count: 2 },
      { area: "Admin", count: 1 },
      { area: "Docs", count: 1 },
    ]);
  });

  it("is all zeros for no outcomes", () => {
    const impact = impactOf([]);
    expect([
      impact.total,
      impact.mergedPullRequests,
      impact.contributors,
      impact.firstTimeContributors,
      impact.areas.length,
    ]).toEqual([0, 0, 0, 0, 0]);
  });
});

describe("status sources", () => {
  const trac = "http://127.0.0.1:4599/trac";
  it("recognizes GitHub pull requests and Trac tickets, on Django's Trac or the configured one", () => {
    expect(statusSourceOf("https://github.com/django/django/pull/18123", trac)).toEqual({
      kind: "github-pull",
      owner: "django",
      repo: "django",
      number: 18123,
    });
    expect(statusSourceOf("https://github.com/django/django/pull/18123/files", trac)).toMatchObject({ number: 18123 });
    expect(statusSourceOf("https://code.djangoproject.com/ticket/35123", trac)).toEqual({
      kind: "trac-ticket",
      number: 35123,
    });
    expect(statusSourceOf("http://127.0.0.1:4599/ticket/7", trac)).toEqual({ kind: "trac-ticket", number: 7 });
  });
  it("ignores everything else", () => {
    for (const url of [
      null,
      "not a url",
      "https://github.com/django/django/issues/1",
      "https://github.com/django/django",
      "https://example.org/ticket/5",
      "https://code.djangoproject.com/ticket/abc",
    ]) {
      expect(statusSourceOf(url, trac)).toBeNull();
    }
  });
});

describe("CSV as Trac exports it", () => {
  it("handles a BOM, quoted commas, doubled quotes and newlines inside fields", () => {
    const rows = parseCsv('\uFEFFid,summary,status,resolution\r\n35123,"Fix ""a, b""\nsecond line",closed,fixed\r\n');
    expect(rows).toEqual([
      ["id", "summary", "status", "resolution"],
      ["35123", 'Fix "a, b"\nsecond line', "closed", "fixed"],
    ]);
  });
});

describe("the outcome form", () => {
  const form = {
    kind: "pull_request",
    title: "Fix admin filters",
    url: "",
    status: "open",
    area: "",
    notes: "",
    contributors: "",
  };
  it("accepts a minimal outcome and normalizes the optional fields", () => {
    const parsed = OutcomeSchema.parse(form);
    expect(parsed).toMatchObject({ url: null, area: null, notes: null, firstContribution: false, contributors: [] });
  });
  it("accepts colleagues by the ids their registrations have, made by Prisma or by the public form", () => {
    const ids = ["cm3x9k2p40000abcdefghijk", "5f0c2b9e-8d1a-4c3e-9b7f-2a6d4e8c1f03"];
    expect(OutcomeSchema.parse({ ...form, contributors: ids }).contributors).toEqual(ids);
    for (const bad of ["5F0C2B9E-8D1A-4C3E-9B7F-2A6D4E8C1F03", "x'; DROP TABLE", "5f0c2b9e8d1a4c3e9b7f2a6d4e8c1f03-"]) {
      expect(OutcomeSchema.safeParse({ ...form, contributors: [bad] }).success).toBe(false);
    }
  });
  it("names each problem", () => {
    const result = OutcomeSchema.safeParse({
      ...form,
      kind: "bribe",
      title: " ",
      url: "javascript:alert(1)",
      status: "won",
    });
    expect(result.success).toBe(false);
    const fields = new Set(result.error!.issues.map((issue) => issue.path[0]));
    expect(fields).toEqual(new Set(["kind", "title", "url", "status"]));
  });
});
