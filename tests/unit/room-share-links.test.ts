import { describe, expect, it } from "vitest";
import { RoomShareMessageSchema, RoomShareSchema } from "@/lib/features/room-shares/schemas";

const note = (text: string) => RoomShareSchema.safeParse({ nights: ["2031-04-30"], kind: "looking", note: text });
const message = (text: string) => RoomShareMessageSchema.safeParse({ body: text, shareAddress: "on" });

describe("links in room-share notes and messages", () => {
  it.each([
    "Arriving at 8.30, leaving around 17.45 on Sunday.",
    "Quiet sleeper, e.g. no music after 23.00; approx. 10 min walk to the venue is fine.",
    "Room is €25.50 a night each, i.e. half of €51.",
    "Looking for a room near the station. Travel light, no pets.",
    "Mr. Smith and Dr. Jones, etc. are welcome. Vol. 2 of the plan, pp. 3-4.",
    "Two nights: Fri./Sat., ca. 40 EUR total, no. 12 on the list.",
    "Check-in 14:00, 3.5 km from the venue, 1.000 steps :)",
  ])("lets an ordinary note through: %s", (text) => {
    expect(note(text).success).toBe(true);
    expect(message(text).success).toBe(true);
  });

  // "station.travel" is a real hostname on a real top-level domain, so it counts as a link: an
  // ordinary sentence has a space after its full stop, and the answer says to add one.
  it.each([
    ["See example.com", "example.com"],
    ["https://x.y", "https://x.y"],
    ["Meet me by station.travel please", "station.travel"],
    ["Book at casa.rentals or www.example.org", "casa.rentals"],
    ["Write to ada@example.org", "ada@example.org"],
  ])("refuses a link and names it: %s", (text, link) => {
    for (const result of [note(text), message(text)]) {
      expect(result.success).toBe(false);
      const issue = result.error!.issues[0]!.message;
      expect(issue).toContain("cannot hold links or web addresses");
      expect(issue).toContain(`“${link}”`);
    }
  });
});
