import { describe, expect, it } from "vitest";
import { reportedRelayMessages, roomShareBoard } from "@/lib/features/room-shares/reads/room-shares";
import { db } from "@/lib/platform/db";
import { personalData } from "@/lib/features/privacy/export-personal-data";
import { joinRoomShares } from "@/lib/features/room-shares/join-room-shares";
import { removeFromRoomShares } from "@/lib/features/room-shares/remove-from-room-shares";
import { blockRelaySender, reportRelayMessage } from "@/lib/features/room-shares/report-relay-message";
import { roomShareHousekeeping } from "@/lib/features/room-shares/room-share-housekeeping";
import { SENDERS_PER_RECIPIENT_PER_DAY, writeToRoomShare } from "@/lib/features/room-shares/write-to-room-share";
import { anAttendee } from "@/tests/fixtures/outcomes";
import { anEdition } from "@/tests/fixtures/registrations";
import { manualClock } from "@/tests/fixtures/test-clock";
import { oneOutboxMail } from "@/tests/fixtures/outbox";

const DAY_MS = 24 * 60 * 60_000;
const organizer = { email: "organizer@example.org", name: null };
const entry = { kind: "looking" as const, nights: ["2031-04-30"], note: null };

/** An edition whose board has these people on it. */
async function aBoard(...names: string[]) {
  const clock = manualClock("2031-04-20T10:00:00Z");
  const edition = await anEdition();
  const people = [];
  for (const name of names) {
    const person = await anAttendee(edition.id, name);
    await joinRoomShares(person.token, entry, clock);
    people.push(person);
  }
  return { clock, edition, people };
}

/** The report link's token in the newest message relayed to this address. */
async function reportToken(email: string) {
  const mail = await oneOutboxMail({
    where: { template: "room-share-message", toAddress: email },
    orderBy: { createdAt: "desc" },
  });
  return /\/room-shares\/report\/([A-Za-z0-9_-]{43})/.exec(mail.text)![1]!;
}

describe("the room-share relay under abuse", () => {
  it("lets at most three different people a day write to one person", async () => {
    const { clock, people } = await aBoard("Ada", "Bea", "Cleo", "Dora", "Eva");
    const [ada, ...senders] = people;
    for (const sender of senders.slice(0, SENDERS_PER_RECIPIENT_PER_DAY))
      expect(await writeToRoomShare(sender.token, ada!.id, "Hello", clock)).toEqual({ ok: true });
    const fourth = senders[SENDERS_PER_RECIPIENT_PER_DAY]!;
    expect(await writeToRoomShare(fourth.token, ada!.id, "Hello", clock)).toEqual({
      ok: false,
      problem: "recipient-busy",
    });
    // Those who already wrote today may go on (within their own limit); others may write to someone else.
    expect(await writeToRoomShare(senders[0]!.token, ada!.id, "Again", clock)).toEqual({ ok: true });
    expect(await writeToRoomShare(fourth.token, senders[0]!.id, "Hello", clock)).toEqual({ ok: true });
    clock.advance(DAY_MS + 1);
    expect(await writeToRoomShare(fourth.token, ada!.id, "Hello", clock)).toEqual({ ok: true });
  });

  // On PostgreSQL, without the recipient's advisory lock all six got through (checked by hand);
  // PGlite runs one transaction at a time, so there it passes either way.
  it("holds the limit when many people write to one person at the same moment", async () => {
    const { clock, people } = await aBoard("Ada", "Bea", "Cleo", "Dora", "Eva", "Fay", "Gia");
    const [ada, ...senders] = people;
    const outcomes = await Promise.all(senders.map((sender) => writeToRoomShare(sender.token, ada!.id, "Hi", clock)));
    expect(outcomes.filter((outcome) => outcome.ok)).toHaveLength(SENDERS_PER_RECIPIENT_PER_DAY);
    expect(await db().relayMessage.count()).toBe(SENDERS_PER_RECIPIENT_PER_DAY);
  });

  it("lets a recipient block a sender from the report page; the sender sees them as gone from the board", async () => {
    const { clock, edition, people } = await aBoard("Ada Lovelace", "Grace Hopper", "Mary Somerville");
    const [ada, grace, mary] = people;
    await writeToRoomShare(grace!.token, ada!.id, "Hello", clock);
    const token = await reportToken("ada.lovelace@example.org");
    expect((await roomShareBoard(edition.id, grace!.id)).others).toHaveLength(2);

    expect(await blockRelaySender(token, clock)).toBe(true);
    expect(await blockRelaySender(token, clock)).toBe(true); // harmless to repeat
    const seenByGrace = await roomShareBoard(edition.id, grace!.id);
    expect(seenByGrace.others.map((other) => other.firstName)).toEqual(["Mary"]);
    // The same answer as for someone who left the board: the sender learns nothing more.
    expect(await writeToRoomShare(grace!.token, ada!.id, "Why?", clock)).toEqual({
      ok: false,
      problem: "recipient-gone",
    });
    expect(await writeToRoomShare(mary!.token, ada!.id, "Hello", clock)).toEqual({ ok: true });
    expect(await writeToRoomShare(ada!.token, grace!.id, "Hello", clock)).toEqual({ ok: true });
    expect((await personalData("ada.lovelace@example.org")).registrations[0]!.relayBlocksMade).toEqual([
      { createdAt: clock.now() },
    ]);
  });

  it("lets an organizer remove someone from the board for good: audited, and they are told by email", async () => {
    const { clock, edition, people } = await aBoard("Ada Lovelace", "Grace Hopper");
    const [ada, grace] = people;
    await writeToRoomShare(grace!.token, ada!.id, "Unwelcome", clock);
    await reportRelayMessage(await reportToken("ada.lovelace@example.org"), clock);
    const [report] = await reportedRelayMessages(edition.id);
    expect(report!.message!.from).toMatchObject({ id: grace!.id, name: "Grace Hopper", roomShareRemovedAt: null });

    expect(await removeFromRoomShares(organizer, edition.id, grace!.id, clock)).toEqual({ ok: true });
    expect(await removeFromRoomShares(organizer, edition.id, grace!.id, clock)).toEqual({
      ok: false,
      problem: "already-removed",
    });
    expect(await removeFromRoomShares(organizer, edition.id, "no-such-person", clock)).toEqual({
      ok: false,
      problem: "not-found",
    });
    expect(await db().auditEntry.findMany({ where: { action: "room-share.remove" } })).toMatchObject([
      { actor: "organizer@example.org", subject: `registration:${grace!.id}` },
    ]);
    const told = await oneOutboxMail({ where: { template: "room-share-removed" } });
    expect(told).toMatchObject({ toAddress: "grace.hopper@example.org" });
    expect(told.text).toContain("removed your entry from the room-share board");

    expect((await roomShareBoard(edition.id, ada!.id)).others).toEqual([]);
    expect(await roomShareBoard(edition.id, grace!.id)).toMatchObject({ mine: null, removed: true });
    expect(await joinRoomShares(grace!.token, entry, clock)).toEqual({ ok: false, problem: "removed" });
    expect(await writeToRoomShare(grace!.token, ada!.id, "Let me back", clock)).toEqual({
      ok: false,
      problem: "not-on-board",
    });
  });

  it("removes nobody when the email telling them cannot be queued: change, audit and email commit together", async () => {
    const { clock, edition, people } = await aBoard("Ada Lovelace", "Grace Hopper");
    const grace = people[1]!;
    await db().registration.update({ where: { id: grace.id }, data: { email: "not an address" } });
    await expect(removeFromRoomShares(organizer, edition.id, grace.id, clock)).rejects.toThrow(/Refusing to queue/);
    expect(await db().registration.findUniqueOrThrow({ where: { id: grace.id } })).toMatchObject({
      roomShareRemovedAt: null,
    });
    expect(await db().roomShare.count({ where: { registrationId: grace.id } })).toBe(1);
    expect(await db().auditEntry.count()).toBe(0);
  });

  it("deletes a message 30 days after it was sent, and a report's copy 90 days after the report", async () => {
    const { clock, edition, people } = await aBoard("Ada Lovelace", "Grace Hopper");
    const [ada, grace] = people;
    const sentAt = clock.now().getTime();
    await writeToRoomShare(grace!.token, ada!.id, "Reported", clock);
    const reported = await reportToken("ada.lovelace@example.org");
    clock.advance(DAY_MS);
    await writeToRoomShare(grace!.token, ada!.id, "Kept a day longer", clock);
    clock.set(new Date(sentAt + 5 * DAY_MS));
    await reportRelayMessage(reported, clock);
    const reportedAt = clock.now().getTime();

    clock.set(new Date(sentAt + 30 * DAY_MS));
    expect(await roomShareHousekeeping(clock)).toEqual({ relayMessagesDeleted: 0, relayReportsDeleted: 0 });
    clock.set(new Date(sentAt + 30 * DAY_MS + 1));
    expect(await roomShareHousekeeping(clock)).toEqual({ relayMessagesDeleted: 1, relayReportsDeleted: 0 });
    expect(await db().relayMessage.findMany({ select: { body: true } })).toEqual([{ body: "Kept a day longer" }]);
    expect(await reportedRelayMessages(edition.id)).toMatchObject([{ body: "Reported", message: null }]);

    clock.set(new Date(reportedAt + 90 * DAY_MS));
    expect(await roomShareHousekeeping(clock)).toMatchObject({ relayReportsDeleted: 0 });
    clock.set(new Date(reportedAt + 90 * DAY_MS + 1));
    expect(await roomShareHousekeeping(clock)).toMatchObject({ relayReportsDeleted: 1 });
    expect(await db().relayReport.count()).toBe(0);
  });
});
