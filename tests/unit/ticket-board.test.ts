import { describe, expect, it } from "vitest";
import { parsePastedTickets, parseTicketLine } from "@/lib/features/ticket-board/paste";
import { IMPORT_COLUMNS, tracQueryUrl, tracTicketsUrl } from "@/lib/features/ticket-board/trac-query";
import { tracState } from "@/lib/features/ticket-board/trac-state";

const TRAC = "https://code.djangoproject.com";

describe("where a Trac ticket stands", () => {
  const open = { status: "new", has_patch: "0", needs_better_patch: "0", stage: "Accepted" };

  it.each([
    ["new, no patch", open, "open"],
    ["assigned, no patch", { ...open, status: "assigned" }, "open"],
    ["unreviewed", { ...open, stage: "Unreviewed" }, "open"],
    ["someday/maybe", { ...open, stage: "Someday/Maybe" }, "open"],
    ["has patch", { ...open, has_patch: "1" }, "has_patch"],
    ["patch needs improvement", { ...open, has_patch: "1", needs_better_patch: "1" }, "needs_improvement"],
    ["ready for checkin (stage)", { ...open, has_patch: "1", stage: "Ready for checkin" }, "ready_for_checkin"],
    ["closed", { ...open, status: "closed", resolution: "fixed" }, "closed"],
  ] as const)("%s", (_name, fields, state) => {
    expect(tracState(fields).state).toBe(state);
  });

  it("keeps a closed ticket's resolution, and only a closed one's", () => {
    expect(tracState({ ...open, status: "closed", resolution: "wontfix" })).toEqual({
      state: "closed",
      resolution: "wontfix",
    });
    expect(tracState({ ...open, status: "closed", resolution: "" })).toEqual({ state: "closed", resolution: null });
    expect(tracState({ ...open, resolution: "fixed" }).resolution).toBeNull();
  });

  it("applies the precedence closed > ready for checkin > needs improvement > has patch > open", () => {
    const everything = { status: "closed", resolution: "fixed", has_patch: "1", needs_better_patch: "1" };
    expect(tracState({ ...everything, stage: "Ready for checkin" }).state).toBe("closed");
    expect(tracState({ ...everything, status: "assigned", stage: "Ready for checkin" }).state).toBe(
      "ready_for_checkin",
    );
    expect(tracState({ ...everything, status: "assigned", stage: "Accepted" }).state).toBe("needs_improvement");
    expect(tracState({ ...everything, status: "assigned", needs_better_patch: "0" }).state).toBe("has_patch");
    // A "needs improvement" flag without a patch is stale: the ticket is open again.
    expect(tracState({ status: "new", has_patch: "0", needs_better_patch: "1", stage: "Accepted" }).state).toBe("open");
  });

  it("reads a missing field as unset", () => {
    expect(tracState({ status: "new" }).state).toBe("open");
  });
});

describe("pasted tickets", () => {
  const options = { tracUrl: TRAC, repositories: ["django/django", "django/djangoproject.com"] };

  it.each([
    ["#35001", { source: "trac", repository: "", number: 35001 }],
    ["35001", { source: "trac", repository: "", number: 35001 }],
    [`${TRAC}/ticket/35001`, { source: "trac", repository: "", number: 35001 }],
    [`${TRAC}/ticket/35001/`, { source: "trac", repository: "", number: 35001 }],
    [`${TRAC}/ticket/35001#comment:3`, { source: "trac", repository: "", number: 35001 }],
    [
      "https://github.com/django/djangoproject.com/issues/77",
      { source: "github", repository: "django/djangoproject.com", number: 77 },
    ],
    ["https://github.com/Django/Django/issues/8", { source: "github", repository: "django/django", number: 8 }],
  ])("reads %s", (line, ref) => {
    expect(parseTicketLine(line, options)).toEqual(ref);
  });

  it.each([
    ["ticket 35001", "not-a-ticket"],
    ["#0", "not-a-ticket"],
    ["#123456789", "not-a-ticket"],
    ["https://trac.example.org/ticket/35001", "other-trac"],
    ["http://code.djangoproject.com/ticket/35001", "other-trac"],
    [`${TRAC}/query?status=new`, "not-a-ticket"],
    ["https://github.com/someone/else/issues/1", "other-repository"],
    ["https://github.com/django/django/pull/17000", "not-a-ticket"],
    ["javascript:alert(1)", "not-a-ticket"],
  ])("refuses %s", (line, problem) => {
    expect(parseTicketLine(line, options)).toBe(problem);
  });

  it("finds the tickets of a paste, skips repeats and blank lines, and names each bad line", () => {
    const pasted = parsePastedTickets(
      ["#1", "", "  2  ", `${TRAC}/ticket/1`, "three", "https://github.com/django/django/issues/2"].join("\n"),
      options,
    );
    expect(pasted.tickets.map((ticket) => `${ticket.repository}#${ticket.number}`)).toEqual([
      "#1",
      "#2",
      "django/django#2",
    ]);
    expect(pasted.repeated).toHaveLength(1);
    expect(pasted.refused).toEqual([{ line: 5, text: "three", problem: "not-a-ticket" }]);
  });

  it("takes a Trac that lives under a path", () => {
    const under = { tracUrl: "http://127.0.0.1:4000/trac", repositories: [] };
    expect(parseTicketLine("http://127.0.0.1:4000/trac/ticket/5", under)).toEqual({
      source: "trac",
      repository: "",
      number: 5,
    });
    expect(parseTicketLine("http://127.0.0.1:4000/ticket/5", under)).toBe("other-trac");
  });
});

describe("a Trac query's address, rebuilt for the import", () => {
  const easyPickings = `${TRAC}/query?status=!closed&easy=1&stage=Accepted&col=id&col=summary&col=time&order=priority&max=25&page=2&format=rss`;

  it("keeps the filters and sets its own columns, every row and CSV", () => {
    const answer = tracQueryUrl(easyPickings, TRAC);
    expect(answer.ok).toBe(true);
    const url = new URL((answer as { url: string }).url);
    expect(url.origin + url.pathname).toBe(`${TRAC}/query`);
    expect(url.searchParams.getAll("status")).toEqual(["!closed"]);
    expect(url.searchParams.get("easy")).toBe("1");
    expect(url.searchParams.get("stage")).toBe("Accepted");
    expect(url.searchParams.get("order")).toBe("priority");
    expect(url.searchParams.getAll("col")).toEqual([...IMPORT_COLUMNS]);
    expect(url.searchParams.get("max")).toBe("0");
    expect(url.searchParams.get("format")).toBe("csv");
    expect(url.searchParams.has("page")).toBe(false);
  });

  it("refuses another origin, another page and what is not an address", () => {
    expect(tracQueryUrl("https://evil.example/query?status=new", TRAC)).toEqual({ ok: false, problem: "other-trac" });
    expect(tracQueryUrl("http://code.djangoproject.com/query", TRAC)).toEqual({ ok: false, problem: "other-trac" });
    expect(tracQueryUrl(`${TRAC}.evil.example/query`, TRAC)).toEqual({ ok: false, problem: "other-trac" });
    expect(tracQueryUrl(`${TRAC}/report/1`, TRAC)).toEqual({ ok: false, problem: "not-a-query" });
    expect(tracQueryUrl("status=new", TRAC)).toEqual({ ok: false, problem: "not-a-url" });
  });

  it("asks for the board's Trac tickets in one query by id", () => {
    const url = new URL(tracTicketsUrl([3, 1, 2], "http://127.0.0.1:4000/trac"));
    expect(url.pathname).toBe("/trac/query");
    expect(url.searchParams.get("id")).toBe("3,1,2");
    expect(url.searchParams.getAll("col")).toContain("resolution");
    expect(url.searchParams.get("max")).toBe("0");
  });
});
