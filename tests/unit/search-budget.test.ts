import { describe, expect, it } from "vitest";
import { readSearchRate, searchBudget } from "@/lib/features/outcomes/search-budget";
import { githubClashes } from "@/lib/features/outcomes/github-clashes";

const at = (time: string) => new Date(`2031-05-10T${time}Z`);

describe("the search budget, on the app's clock", () => {
  it("allows ten searches a minute without a token and thirty with one, then says when it comes back", () => {
    const anonymous = searchBudget(false);
    for (let n = 0; n < 10; n += 1) {
      expect(anonymous.canAsk(at("12:00:00"))).toBe(true);
      anonymous.spend(null, at("12:00:00"));
    }
    expect(anonymous.canAsk(at("12:00:59"))).toBe(false);
    expect(anonymous.resumesAt()).toEqual(at("12:01:00"));
    expect(anonymous.canAsk(at("12:01:00"))).toBe(true);

    const withToken = searchBudget(true);
    for (let n = 0; n < 30; n += 1) withToken.spend(null, at("12:00:00"));
    expect(withToken.canAsk(at("12:00:30"))).toBe(false);
  });

  it("believes GitHub's headers over its own count, and a refusal over both", () => {
    const budget = searchBudget(false);
    budget.spend(
      readSearchRate(
        new Headers({ "x-ratelimit-remaining": "0", "x-ratelimit-reset": String(at("12:00:40").getTime() / 1000) }),
      ),
      at("12:00:00"),
    );
    expect(budget.canAsk(at("12:00:10"))).toBe(false);
    expect(budget.resumesAt()).toEqual(at("12:00:40"));
    expect(budget.canAsk(at("12:00:40"))).toBe(true);
    budget.refuse(at("13:00:00"), at("12:00:41"));
    expect(budget.canAsk(at("12:59:59"))).toBe(false);
    expect(budget.canAsk(at("13:00:00"))).toBe(true);
  });
});

describe("GitHub usernames given twice", () => {
  it("groups registrations by username, ignoring case, and keeps only the clashes", () => {
    const clashes = githubClashes([
      { id: "a", githubUsername: "Ada-L" },
      { id: "b", githubUsername: "ada-l" },
      { id: "c", githubUsername: "grace-h" },
      { id: "d", githubUsername: null },
    ]);
    expect(clashes).toEqual([
      {
        username: "ada-l",
        holders: [
          { id: "a", githubUsername: "Ada-L" },
          { id: "b", githubUsername: "ada-l" },
        ],
      },
    ]);
  });
});
