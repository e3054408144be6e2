import { describe, expect, it } from "vitest";
import { overCapacityNote } from "@/lib/features/registration/over-capacity";

describe("the note on a capacity lowered below the places held", () => {
  it("counts the people over it, offers included, and says nothing while they fit", () => {
    expect(overCapacityNote(30, { confirmed: 28, offered: 2 })).toBeNull();
    expect(overCapacityNote(10, { confirmed: 11, offered: 1 })).toBe(
      "2 people over capacity: 12 hold a place or an offer for 10 places. Nobody loses theirs; no place or offer is given until fewer than 10 hold one.",
    );
    expect(overCapacityNote(10, { confirmed: 11, offered: 0 })).toMatch(/^1 person over capacity/);
  });
});
