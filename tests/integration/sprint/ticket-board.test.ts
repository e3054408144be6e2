import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/platform/db";
import { addPastedTickets } from "@/lib/features/ticket-board/add-tickets";
import { claimForTracTicket } from "@/lib/features/ticket-claims/claim-for-ticket";
import { claimTicket } from "@/lib/features/ticket-board/claim-ticket";
import { importTracQuery } from "@/lib/features/ticket-board/import-trac-query";
import { moveClaim, releaseClaimAsOrganizer } from "@/lib/features/ticket-board/move-claim";
import { adminBoard, attendeeBoard, morningByTable } from "@/lib/features/ticket-board/reads/board";
import {
  refreshBoard,
  refreshDueBoardTickets,
  resumeScheduledBoardRefresh,
} from "@/lib/features/ticket-board/refresh-board";
import { releaseClaim } from "@/lib/features/ticket-board/release-claim";
import { removeTicket } from "@/lib/features/ticket-board/remove-ticket";
import { peopleAtTable } from "@/lib/features/ticket-claims/tables-of-day";
import { setTablePlanLocked } from "@/lib/features/tables/lock-table-plan";
import { closedPort } from "@/tests/fixtures/ports";
import { startFakeServices, type FakeServices } from "@/tests/fixtures/fake-services";
import { anAttendee } from "@/tests/fixtures/outcomes";
import { anEdition } from "@/tests/fixtures/registrations";
import { manualClock } from "@/tests/fixtures/test-clock";

let fake: FakeServices;
const services = () => ({ githubApiUrl: fake.url, githubToken: undefined, tracUrl: `${fake.url}/trac` });
const options = () => ({ services: services(), clock });
const clock = manualClock("2031-04-20T10:00:00Z");
const organizer = { email: "organizer@example.org", name: null };
const DAY = "2031-05-01";

const tracTicket = (summary: string, fields: Record<string, string> = {}) => ({
  summary,
  status: "new",
  owner: "",
  type: "Bug",
  component: "Database layer (models, ORM)",
  has_patch: "0",
  needs_better_patch: "0",
  stage: "Accepted",
  easy: "1",
  resolution: "",
  ...fields,
});

beforeAll(async () => {
  fake = await startFakeServices();
});
afterAll(() => fake.close());
beforeEach(() => {
  fake.tracTickets.clear();
  fake.issues.clear();
  fake.requests.length = 0;
  fake.tracDown = false;
  fake.githubRateLimited = false;
  resumeScheduledBoardRefresh();
});

const stateOf = async (number: number) =>
  db().boardTicket.findFirstOrThrow({
    where: { number },
    select: { state: true, resolution: true, refreshProblem: true, summary: true },
  });

describe("filling the board from Trac", () => {
  it("imports every ticket of a query, in its own columns, by header name, and counts those already there", async () => {
    const edition = await anEdition();
    for (let number = 36001; number <= 36120; number += 1)
      fake.tracTickets.set(number, tracTicket(`Easy ticket ${number}`));
    fake.tracTickets.set(36200, tracTicket("Closed one", { status: "closed", resolution: "fixed" }));
    fake.tracTickets.set(36201, tracTicket('<img src=x onerror="alert(1)">, a "quoted" summary', { has_patch: "1" }));
    fake.tracTickets.set(36300, tracTicket("Not easy", { easy: "0" }));
    const query = `${fake.url}/trac/query?status=!closed&easy=1&col=id&col=time&order=priority&max=25`;

    expect(await importTracQuery(organizer, edition.id, query, options())).toEqual({
      ok: true,
      added: 121,
      alreadyThere: 0,
      leftOut: 0,
    });
    const asked = new URL(`http://fake${fake.requests.at(-1)!.slice(4)}`);
    expect(asked.searchParams.getAll("col")).toEqual([
      "id",
      "summary",
      "status",
      "owner",
      "type",
      "component",
      "has_patch",
      "needs_better_patch",
      "stage",
    ]);
    expect(asked.searchParams.get("max")).toBe("0");
    expect(asked.searchParams.get("easy")).toBe("1");
    const hostile = await stateOf(36201);
    expect(hostile).toMatchObject({
      state: "has_patch",
      summary: '<img src=x onerror="alert(1)">, a "quoted" summary',
    });
    expect(await db().boardTicket.count({ where: { number: { in: [36200, 36300] } } })).toBe(0);

    fake.tracTickets.set(36121, tracTicket("A new easy one"));
    expect(await importTracQuery(organizer, edition.id, query, options())).toEqual({
      ok: true,
      added: 1,
      alreadyThere: 121,
      leftOut: 0,
    });
    const audit = await db().auditEntry.findMany({ where: { action: "board.import" } });
    expect(audit).toHaveLength(2);
  });

  it("takes at most 500 tickets onto a board, and says how many a broad query left out", async () => {
    const edition = await anEdition();
    for (let n = 0; n < 502; n += 1) fake.tracTickets.set(40000 + n, tracTicket(`Ticket ${n}`));
    const query = `${fake.url}/trac/query?status=!closed&easy=1`;
    expect(await importTracQuery(organizer, edition.id, query, options())).toEqual({
      ok: true,
      added: 500,
      alreadyThere: 0,
      leftOut: 2,
    });
    expect(await db().boardTicket.count({ where: { editionId: edition.id } })).toBe(500);
  });

  it("refuses another site, and loses nothing when Trac fails or answers a web page", async () => {
    const edition = await anEdition();
    fake.tracTickets.set(36001, tracTicket("Kept"));
    const query = `${fake.url}/trac/query?status=!closed`;
    await importTracQuery(organizer, edition.id, query, options());

    expect(await importTracQuery(organizer, edition.id, "https://evil.example/trac/query?x=1", options())).toEqual({
      ok: false,
      problem: "query-url",
      reason: "other-trac",
    });
    fake.tracDown = true;
    expect(await importTracQuery(organizer, edition.id, query, options())).toEqual({
      ok: false,
      problem: "trac-failed",
      detail: "answered 503",
    });
    const html: typeof fetch = async () =>
      new Response("<html>Log in</html>", { headers: { "content-type": "text/html" } });
    expect(await importTracQuery(organizer, edition.id, query, { ...options(), fetchImpl: html })).toMatchObject({
      problem: "trac-failed",
      detail: "answered a web page, not CSV",
    });
    const gone = `http://127.0.0.1:${await closedPort()}`;
    expect(
      await importTracQuery(organizer, edition.id, `${gone}/trac/query`, {
        ...options(),
        services: { ...services(), tracUrl: `${gone}/trac` },
      }),
    ).toMatchObject({ problem: "trac-failed", detail: "could not be reached" });
    expect(await db().boardTicket.count({ where: { editionId: edition.id } })).toBe(1);
  });

  it("adds pasted tickets, names the bad lines, skips repeats, and reads their summaries", async () => {
    const edition = await anEdition();
    fake.tracTickets.set(36001, tracTicket("Pasted one"));
    fake.tracTickets.set(36002, tracTicket("Pasted two", { stage: "Ready for checkin", has_patch: "1" }));
    fake.issues.set("django/django#17", { title: "An issue", state: "open", state_reason: null, references: [] });

    const bad = await addPastedTickets(
      organizer,
      edition.id,
      "#36001\nnot a ticket\nhttps://github.com/x/y/issues/1",
      options(),
    );
    expect(bad).toEqual({
      ok: false,
      problem: "bad-lines",
      lines: [
        { line: 2, text: "not a ticket", problem: "not-a-ticket" },
        { line: 3, text: "https://github.com/x/y/issues/1", problem: "other-repository" },
      ],
    });
    expect(await db().boardTicket.count()).toBe(0);

    const pasted = `#36001\n${fake.url}/trac/ticket/36002\n36001\nhttps://github.com/django/django/issues/17`;
    const added = await addPastedTickets(organizer, edition.id, pasted, options());
    expect(added).toMatchObject({ ok: true, added: 3, alreadyThere: 0, repeated: 1 });
    expect(await stateOf(36002)).toMatchObject({ summary: "Pasted two", state: "ready_for_checkin" });
    expect(await stateOf(17)).toMatchObject({ summary: "An issue", state: "open" });
    expect(await addPastedTickets(organizer, edition.id, "#36001", options())).toMatchObject({
      ok: true,
      added: 0,
      alreadyThere: 1,
    });
  });
});

describe("following the tickets", () => {
  it("moves tickets along, asking Trac once for all of them, and GitHub per issue with its timeline", async () => {
    const edition = await anEdition();
    fake.tracTickets.set(36001, tracTicket("One"));
    fake.tracTickets.set(36002, tracTicket("Two", { has_patch: "1" }));
    fake.tracTickets.set(36003, tracTicket("Three", { status: "assigned" }));
    fake.issues.set("django/django#17", { title: "Issue", state: "open", state_reason: null, references: [] });
    fake.issues.set("django/django#18", { title: "Other", state: "open", state_reason: null, references: [] });
    await addPastedTickets(
      organizer,
      edition.id,
      "#36001\n#36002\n#36003\nhttps://github.com/django/django/issues/17\nhttps://github.com/django/django/issues/18",
      options(),
    );

    fake.tracTickets.set(36001, tracTicket("One", { has_patch: "1" }));
    fake.tracTickets.set(36002, tracTicket("Two", { has_patch: "1", needs_better_patch: "1" }));
    fake.tracTickets.set(36003, tracTicket("Three", { status: "closed", resolution: "wontfix" }));
    fake.issues
      .get("django/django#17")!
      .references.push({ number: 5, pull: null }, { number: 40, pull: { merged_at: null } });
    fake.issues.set("django/django#18", {
      title: "Other",
      state: "closed",
      state_reason: "completed",
      references: [{ number: 41, pull: { merged_at: "2031-05-02T10:00:00Z" } }],
    });
    fake.requests.length = 0;
    const report = await refreshBoard(edition.id, options());
    expect(report).toEqual({ checked: 5, changed: 5, problems: 0, rateLimited: false });
    expect(fake.requests.filter((request) => request.includes("/trac/"))).toHaveLength(1);
    expect(fake.requests.find((request) => request.includes("/trac/query"))).toContain("id=36001%2C36002%2C36003");
    expect(fake.requests.filter((request) => request.includes("/timeline"))).toHaveLength(2);
    expect((await stateOf(36001)).state).toBe("has_patch");
    expect((await stateOf(36002)).state).toBe("needs_improvement");
    expect(await stateOf(36003)).toMatchObject({ state: "closed", resolution: "wontfix" });
    expect((await stateOf(17)).state).toBe("with_pull_request");
    expect((await stateOf(18)).state).toBe("merged");
  });

  it("records a Trac that is down on each of its tickets, and a missing ticket on that one alone", async () => {
    const edition = await anEdition();
    fake.tracTickets.set(36001, tracTicket("One"));
    fake.tracTickets.set(36002, tracTicket("Two"));
    fake.issues.set("django/django#17", { title: "Issue", state: "open", state_reason: null, references: [] });
    await addPastedTickets(
      organizer,
      edition.id,
      "#36001\n#36002\nhttps://github.com/django/django/issues/17",
      options(),
    );

    fake.tracDown = true;
    expect(await refreshBoard(edition.id, options())).toMatchObject({ checked: 3, problems: 2 });
    expect((await stateOf(36001)).refreshProblem).toMatch(/^Trac answered 503/);
    expect((await stateOf(36002)).refreshProblem).toMatch(/^Trac answered 503/);
    expect((await stateOf(17)).refreshProblem).toBeNull();

    fake.tracDown = false;
    fake.tracTickets.delete(36002);
    fake.githubRateLimited = true;
    expect(await refreshBoard(edition.id, options())).toMatchObject({ problems: 2, rateLimited: true });
    expect((await stateOf(36001)).refreshProblem).toBeNull();
    expect((await stateOf(36002)).refreshProblem).toMatch(/did not list this ticket/);
    expect((await stateOf(17)).refreshProblem).toMatch(/rate limit/);
    expect((await stateOf(36002)).summary).toBe("Two"); // the last good answer stays
  });

  it("on schedule, refreshes the moving tickets of editions in the outcome window, about once a day", async () => {
    const edition = await anEdition();
    fake.tracTickets.set(36001, tracTicket("One"));
    await addPastedTickets(organizer, edition.id, "#36001", options());
    const during = manualClock("2031-05-02T08:00:00Z"); // pasted in April: due
    expect(await refreshDueBoardTickets({ services: services(), clock: during })).toBe(1);
    expect(await refreshDueBoardTickets({ services: services(), clock: during })).toBe(0);
    during.advance(21 * 60 * 60_000);
    fake.tracTickets.set(36001, tracTicket("One", { has_patch: "1" }));
    expect(await refreshDueBoardTickets({ services: services(), clock: during })).toBe(1);
    expect((await stateOf(36001)).state).toBe("has_patch");
    const long = manualClock("2031-09-01T08:00:00Z");
    expect(await refreshDueBoardTickets({ services: services(), clock: long })).toBe(0);
  });
});

describe("claims", () => {
  async function board() {
    const edition = await anEdition();
    fake.tracTickets.set(36001, tracTicket("One"));
    fake.tracTickets.set(36002, tracTicket("Two"));
    await addPastedTickets(organizer, edition.id, "#36001\n#36002", options());
    const tickets = await db().boardTicket.findMany({ orderBy: { number: "asc" }, select: { id: true } });
    return { edition, one: tickets[0]!.id, two: tickets[1]!.id };
  }

  it("refuses a claim on a morning that is over, and more than three a day", async () => {
    const edition = await anEdition();
    for (const n of [36001, 36002, 36003, 36004]) fake.tracTickets.set(n, tracTicket(`Ticket ${n}`));
    await addPastedTickets(organizer, edition.id, "#36001\n#36002\n#36003\n#36004", options());
    const ids = (await db().boardTicket.findMany({ orderBy: { number: "asc" }, select: { id: true } })).map(
      (t) => t.id,
    );
    const ada = await anAttendee(edition.id, "Ada Lovelace");
    // 2 May in Rome: the first of May is over (a claim then could take credit for a pull request found later).
    const after = manualClock("2031-05-01T22:30:00Z");
    expect(await claimTicket(ada.token, ids[0]!, { day: DAY, who: "me" }, after)).toEqual({
      ok: false,
      problem: "day-over",
    });
    // On the morning itself it is open, up to three tickets.
    const morning = manualClock("2031-05-01T06:00:00Z");
    for (const id of ids.slice(0, 3))
      expect(await claimTicket(ada.token, id, { day: DAY, who: "me" }, morning)).toEqual({ ok: true });
    expect(await claimTicket(ada.token, ids[3]!, { day: DAY, who: "me" }, morning)).toEqual({
      ok: false,
      problem: "too-many-claims",
    });
  });

  it("gives a ticket to exactly one of two people claiming it at once", async () => {
    const { edition, one } = await board();
    const ada = await anAttendee(edition.id, "Ada Lovelace", { publicListing: true });
    const bea = await anAttendee(edition.id, "Bea Rossi");
    const answers = await Promise.all([
      claimTicket(ada.token, one, { day: DAY, who: "me" }, clock),
      claimTicket(bea.token, one, { day: DAY, who: "me" }, clock),
    ]);
    expect(answers.filter((answer) => answer.ok)).toHaveLength(1);
    expect(answers.filter((answer) => !answer.ok)).toEqual([{ ok: false, problem: "already-claimed" }]);
    expect(await db().ticketClaim.count()).toBe(1);
  });

  it("needs a table that day for a table's claim, a day the person comes, and a confirmed registration", async () => {
    const { edition, one, two } = await board();
    const ada = await anAttendee(edition.id, "Ada Lovelace", { publicListing: true });
    const bea = await anAttendee(edition.id, "Bea Rossi");
    expect(await claimTicket(ada.token, one, { day: DAY, who: "table" }, clock)).toEqual({
      ok: false,
      problem: "no-table",
    });
    expect(await claimTicket(ada.token, one, { day: "2031-05-02", who: "me" }, clock)).toEqual({
      ok: false,
      problem: "not-your-day",
    });
    await setTablePlanLocked(organizer, edition.id, DAY, true, clock);
    expect(await claimTicket(ada.token, one, { day: DAY, who: "table" }, clock)).toEqual({ ok: true });
    const claim = (await claimForTracTicket(edition.id, 36001))!;
    expect(claim).toMatchObject({ registrationId: ada.id, day: DAY, table: expect.any(Number) });
    expect((await peopleAtTable(edition.id, DAY, claim.table!)).map((person) => person.id)).toContain(ada.id);
    expect(await claimForTracTicket(edition.id, 36002)).toBeNull();

    // What Bea sees: Ada by first name (she is on the public list), at her table.
    const seen = await attendeeBoard(edition.id, bea.id);
    expect(seen.find((ticket) => ticket.id === one)!.claim).toMatchObject({ by: "Ada", mine: false });
    const morning = (await morningByTable(edition.id, DAY))!;
    expect(morning.tables[claim.table!]!.claims.map((row) => row.ticket.number)).toEqual([36001]);
    expect(morning.tables.filter((table) => table.claims.length === 0)).toHaveLength(morning.tables.length - 1);

    await db().registration.update({ where: { id: bea.id }, data: { status: "cancelled" } });
    expect(await claimTicket(bea.token, two, { day: DAY, who: "me" }, clock)).toEqual({
      ok: false,
      problem: "not-confirmed",
    });
  });

  it("is released by its claimant, moved or released by an organizer, and goes with its ticket", async () => {
    const { edition, one, two } = await board();
    const ada = await anAttendee(edition.id, "Ada Lovelace");
    const bea = await anAttendee(edition.id, "Bea Rossi");
    await claimTicket(ada.token, one, { day: DAY, who: "me" }, clock);
    const claimId = (await claimForTracTicket(edition.id, 36001))!.claimId;
    expect((await attendeeBoard(edition.id, bea.id))[0]!.claim).toMatchObject({ by: "an attendee" });

    expect(await releaseClaim(bea.token, claimId, clock)).toEqual({ ok: false, problem: "not-your-claim" });
    expect(
      await moveClaim(organizer, edition.id, claimId, { registrationId: bea.id, day: DAY, table: null }, clock),
    ).toEqual({
      ok: true,
    });
    expect(
      await moveClaim(organizer, edition.id, claimId, { registrationId: bea.id, day: DAY, table: 9 }, clock),
    ).toEqual({
      ok: false,
      problem: "no-such-table",
    });
    expect((await adminBoard(edition.id))[0]!.claim).toMatchObject({ person: { name: "Bea Rossi" } });
    expect(await releaseClaim(ada.token, claimId, clock)).toEqual({ ok: false, problem: "not-your-claim" });
    expect(await releaseClaim(bea.token, claimId, clock)).toEqual({ ok: true });

    await claimTicket(ada.token, two, { day: DAY, who: "me" }, clock);
    const second = (await claimForTracTicket(edition.id, 36002))!.claimId;
    expect(await releaseClaimAsOrganizer(organizer, edition.id, second, clock)).toEqual({ ok: true });
    await claimTicket(ada.token, two, { day: DAY, who: "me" }, clock);
    expect(await removeTicket(organizer, edition.id, two, clock)).toEqual({ ok: true });
    expect(await db().ticketClaim.count()).toBe(0);
    const actions = (await db().auditEntry.findMany({ orderBy: { at: "asc" } })).map((entry) => entry.action);
    expect(actions).toEqual(["board.add", "board.move-claim", "board.release-claim", "board.remove"]);
  });
});
