import { describe, expect, it } from "vitest";
import { isDatabaseUnavailable, passingProblem, TryAgainError } from "@/lib/platform/database/errors";
import { PASSING_PROBLEM_TEXT } from "@/lib/platform/forms/wording";

describe("telling a passing database problem from a bug", () => {
  it("recognizes a restart, a refused connection and a dropped one, however deeply wrapped", () => {
    const shutdown = Object.assign(new Error("terminating connection due to administrator command"), { code: "57P01" });
    const refused = Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:5432"), { code: "ECONNREFUSED" });
    const wrapped = { name: "DriverAdapterError", message: "adapter", cause: { originalCode: "08006", message: "x" } };
    const prisma = Object.assign(new Error("Timed out fetching a new connection from the connection pool"), {
      code: "P2024",
    });
    for (const error of [shutdown, refused, wrapped, prisma, new Error("Connection terminated unexpectedly")]) {
      expect(isDatabaseUnavailable(error)).toBe(true);
      expect(passingProblem(error)).toBe("database-unavailable");
    }
  });

  it("leaves real errors alone", () => {
    for (const error of [
      new Error("Cannot read properties of undefined"),
      Object.assign(new Error("duplicate key"), { code: "23505" }),
      null,
      "text",
    ]) {
      expect(isDatabaseUnavailable(error)).toBe(false);
      expect(passingProblem(error)).toBeNull();
    }
    expect(passingProblem(new TryAgainError())).toBe("busy");
  });

  it("names a deadlock or a serialization failure a conflict that is worth trying again", () => {
    const deadlock = Object.assign(new Error("deadlock detected"), { code: "40P01" });
    const wrapped = { name: "DriverAdapterError", message: "adapter", cause: { originalCode: "40P01", message: "x" } };
    const serialization = Object.assign(new Error("could not serialize access due to concurrent update"), {
      code: "40001",
    });
    for (const error of [deadlock, wrapped, serialization]) expect(passingProblem(error)).toBe("conflict");
    expect(PASSING_PROBLEM_TEXT.conflict).toMatch(/nothing was changed\. Please try again\.$/);
    expect(PASSING_PROBLEM_TEXT.busy).toMatch(/^Many people are registering right now/);
  });
});
