import { describe, expect, it } from "vitest";
import { reportedRelayMessages, roomShareBoard, roomShareCounts } from "@/lib/features/room-shares/reads/room-shares";
import { db } from "@/lib/platform/db";
import { joinRoomShares } from "@/lib/features/room-shares/join-room-shares";
import { leaveRoomShares } from "@/lib/features/room-shares/leave-room-shares";
import { reportRelayMessage } from "@/lib/features/room-shares/report-relay-message";
import { MESSAGES_PER_DAY, writeToRoomShare } from "@/lib/features/room-shares/write-to-room-share";
import { RoomShareMessageSchema, RoomShareSchema } from "@/lib/features/room-shares/schemas";
import { erasePersonalData } from "@/lib/features/privacy/erase-personal-data";
import { personalData } from "@/lib/features/privacy/export-personal-data";
import { requestPrivacyAction } from "@/lib/features/privacy/privacy-requests";
import { newsletterLinks, rowsContaining } from "@/tests/fixtures/newsletter";
import { anAttendee } from "@/tests/fixtures/outcomes";
import { anEdition } from "@/tests/fixtures/registrations";
import { manualClock } from "@/tests/fixtures/test-clock";
import { oneOutboxMail } from "@/tests/fixtures/outbox";

const clock = manualClock("2031-04-20T10:00:00Z");
const entry = (kind: "offering" | "looking", note: string | null = null) => ({
  kind,
  nights: ["2031-04-30", "2031-05-01"],
  note,
});

describe("the room-share board", () => {
  it("is seen only by confirmed attendees of the same edition who joined it", async () => {
    const edition = await anEdition();
    const other = await anEdition({ slug: "bari" });
    const ada = await anAttendee(edition.id, "Ada Lovelace");
    const grace = await anAttendee(edition.id, "Grace Hopper");
    const notJoined = await anAttendee(edition.id, "Nora");
    const pending = await anAttendee(edition.id, "Pia");
    const elsewhere = await anAttendee(other.id, "Eve");
    expect(await joinRoomShares(ada.token, entry("offering", "Twin room near the venue"), clock)).toEqual({ ok: true });
    expect(await joinRoomShares(grace.token, entry("looking"), clock)).toEqual({ ok: true });
    expect(await joinRoomShares(elsewhere.token, entry("looking"), clock)).toEqual({ ok: true }); // another edition's board
    expect(await joinRoomShares(notJoined.token, { ...entry("looking"), nights: ["2031-06-01"] }, clock)).toEqual({
      ok: false,
      problem: "not-a-night",
    });
    await joinRoomShares(pending.token, entry("looking"), clock);
    await db().registration.update({ where: { id: pending.id }, data: { status: "pending" } });

    const seenByGrace = await roomShareBoard(edition.id, grace.id);
    expect(seenByGrace.others).toEqual([
      {
        registrationId: ada.id,
        kind: "offering",
        nights: ["2031-04-30", "2031-05-01"],
        note: "Twin room near the venue",
        firstName: "Ada",
      },
    ]);
    // No address anywhere in what the board shows.
    expect(JSON.stringify(seenByGrace)).not.toContain("@");
    for (const outsider of [notJoined, pending, elsewhere])
      expect((await roomShareBoard(edition.id, outsider.id)).others).toEqual([]);
    expect(await roomShareCounts(edition.id)).toEqual(
      new Map([
        ["2031-04-30", { looking: 1, offering: 1 }],
        ["2031-05-01", { looking: 1, offering: 1 }],
      ]),
    );
    // Nobody who is not on the board can write, nor write to someone not on it.
    expect(await writeToRoomShare(notJoined.token, ada.id, "Hello", clock)).toEqual({
      ok: false,
      problem: "not-on-board",
    });
    expect(await writeToRoomShare(grace.token, notJoined.id, "Hello", clock)).toEqual({
      ok: false,
      problem: "recipient-gone",
    });
  });

  it("relays a message with the sender's address as Reply-To, at most five a day, and a report reaches the organizers", async () => {
    const edition = await anEdition();
    const ada = await anAttendee(edition.id, "Ada Lovelace");
    const grace = await anAttendee(edition.id, "Grace Hopper");
    await joinRoomShares(ada.token, entry("offering"), clock);
    await joinRoomShares(grace.token, entry("looking"), clock);

    expect(await writeToRoomShare(grace.token, ada.id, "Hi Ada!\n\nI snore a little.", clock)).toEqual({ ok: true });
    const mail = await oneOutboxMail({ where: { template: "room-share-message" } });
    expect(mail).toMatchObject({
      toAddress: "ada.lovelace@example.org",
      replyTo: '"Grace" <grace.hopper@example.org>',
    });
    expect(mail.text).toContain("> Hi Ada!");
    const reportLink = /\/room-shares\/report\/([A-Za-z0-9_-]{43})/.exec(mail.text)![1]!;

    for (let i = 1; i < MESSAGES_PER_DAY; i += 1) await writeToRoomShare(grace.token, ada.id, `Again ${i}`, clock);
    expect(await writeToRoomShare(grace.token, ada.id, "One too many", clock)).toEqual({
      ok: false,
      problem: "daily-limit",
    });
    clock.advance(24 * 60 * 60_000 + 1);
    expect(await writeToRoomShare(grace.token, ada.id, "Next day", clock)).toEqual({ ok: true });

    expect(await reportRelayMessage(reportLink, clock)).toBe(true);
    expect(await reportRelayMessage(reportLink, clock)).toBe(false); // single use
    expect((await reportedRelayMessages(edition.id)).map((report) => report.body)).toEqual([
      "Hi Ada!\n\nI snore a little.",
    ]);
    expect((await db().auditEntry.findFirstOrThrow()).action).toBe("relay.report");
  });

  it("loses an entry at once when its owner leaves the board, and nobody can write to it", async () => {
    const edition = await anEdition();
    const ada = await anAttendee(edition.id, "Ada Lovelace");
    const grace = await anAttendee(edition.id, "Grace Hopper");
    await joinRoomShares(ada.token, entry("offering"), clock);
    await joinRoomShares(grace.token, entry("looking"), clock);
    expect(await leaveRoomShares(ada.token, clock)).toEqual({ ok: true });
    expect((await roomShareBoard(edition.id, grace.id)).others).toEqual([]);
    expect(await writeToRoomShare(grace.token, ada.id, "Still there?", clock)).toEqual({
      ok: false,
      problem: "recipient-gone",
    });
  });

  it("forgets an erased person: their entry, their messages, and their address on mail not yet sent", async () => {
    const edition = await anEdition();
    const ada = await anAttendee(edition.id, "Ada Lovelace");
    const grace = await anAttendee(edition.id, "Grace Hopper");
    await joinRoomShares(ada.token, entry("offering"), clock);
    await joinRoomShares(grace.token, entry("looking"), clock);
    await writeToRoomShare(ada.token, grace.id, "Room for two by the sea.", clock);
    const [exported] = (await personalData("ada.lovelace@example.org")).registrations;
    expect(exported).toMatchObject({
      roomShare: { kind: "offering", nights: ["2031-04-30", "2031-05-01"] },
      relayMessagesSent: [{ body: "Room for two by the sea." }],
    });

    await erase("ada.lovelace@example.org");
    expect(await rowsContaining("ada.lovelace@example.org")).toEqual([]);
    expect(await db().roomShare.count()).toBe(1); // Grace's
    expect(await db().relayMessage.count()).toBe(0);
    const queued = await db().outboxMessage.findFirstOrThrow({ where: { template: "room-share-message" } });
    expect(queued).toMatchObject({ toAddress: "grace.hopper@example.org", replyTo: null });
  });

  it("keeps a reported message for the organizers after both people are erased: its text, the sender's first name and the report", async () => {
    const edition = await anEdition();
    const ada = await anAttendee(edition.id, "Ada Lovelace");
    const grace = await anAttendee(edition.id, "Grace Hopper");
    await joinRoomShares(ada.token, entry("offering"), clock);
    await joinRoomShares(grace.token, entry("looking"), clock);
    await writeToRoomShare(ada.token, grace.id, "Nasty words.", clock);
    const mail = await oneOutboxMail({ where: { template: "room-share-message" } });
    expect(await reportRelayMessage(/\/room-shares\/report\/([A-Za-z0-9_-]{43})/.exec(mail.text)![1]!, clock)).toBe(
      true,
    );

    await erase("ada.lovelace@example.org");
    await erase("grace.hopper@example.org");
    expect(await db().registration.count()).toBe(0);
    const [report] = await reportedRelayMessages(edition.id);
    expect(report).toMatchObject({ body: "Nasty words.", fromFirstName: "Ada", reportedAt: clock.now() });
    // Nothing else of either person: no address, no surname.
    for (const trace of ["ada.lovelace", "grace.hopper", "Lovelace", "Hopper", "Grace"])
      expect(await rowsContaining(trace)).toEqual([]);
  });

  it("takes plain text only: no links, and a message needs the sender's agreement to share their address", () => {
    expect(
      RoomShareSchema.safeParse({ ...entry("offering"), note: "See www.example.com" }).error?.issues[0]?.message,
    ).toBe(
      "The note cannot hold links or web addresses: remove “www.example.com” (if it is not a link, put a space after its full stop).",
    );
    expect(RoomShareSchema.safeParse({ ...entry("offering"), note: "x".repeat(301) }).success).toBe(false);
    expect(RoomShareMessageSchema.safeParse({ body: "Write me at https://evil.example" }).success).toBe(false);
    expect(RoomShareMessageSchema.safeParse({ body: "x".repeat(1001), shareAddress: "on" }).success).toBe(false);
    expect(RoomShareMessageSchema.safeParse({ body: "Hello" }).error?.issues[0]?.path).toEqual(["shareAddress"]);
    expect(RoomShareMessageSchema.safeParse({ body: "Hello", shareAddress: "on" }).success).toBe(true);
  });
});

async function erase(email: string) {
  await requestPrivacyAction(email, "erase", clock);
  const [link] = await newsletterLinks(email, "privacy");
  expect(await erasePersonalData(link!, clock)).toEqual({ ok: true });
}
