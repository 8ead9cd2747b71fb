import { describe, expect, it } from "vitest";

import { periodQuery, readStatementPeriod } from "./statement-period.ts";

const read = (query: string, zone = "WIB") => readStatementPeriod(new URLSearchParams(query), zone);

describe("statement period", () => {
  it("takes both days whole, in the account's local time", () => {
    expect(read("dari=2026-03-01&sampai=2026-03-31")).toMatchObject({
      from: "2026-02-28T17:00:00.000Z",
      until: "2026-03-31T17:00:00.000Z",
      problem: null,
    });
    expect(read("dari=2026-03-01", "WIT").from).toBe("2026-02-28T15:00:00.000Z");
    expect(read("sampai=2026-03-31", "WITA")).toMatchObject({ from: null, until: "2026-03-31T16:00:00.000Z" });
  });

  it("explains a period it cannot use instead of showing nothing", () => {
    expect(read("dari=2026-04-01&sampai=2026-03-01")).toMatchObject({ from: null, until: null, problem: "reversed" });
    expect(read("dari=2026-02-30")).toMatchObject({ from: null, problem: "invalid" });
    expect(read("sampai=kemarin")).toMatchObject({ until: null, problem: "invalid" });
    expect(read("")).toMatchObject({ from: null, until: null, problem: null });
  });

  it("carries the period to the CSV link", () => {
    expect(periodQuery(read("dari=2026-03-01&sampai=2026-03-31"))).toBe("?dari=2026-03-01&sampai=2026-03-31");
    expect(periodQuery(read(""))).toBe("");
    expect(periodQuery(read("dari=2026-04-01&sampai=2026-03-01"))).toBe("");
  });
});
