import { describe, expect, it } from "vitest";

import { safeRedirectTarget } from "./locale-switch.ts";

describe("safeRedirectTarget", () => {
  it("returns to the page the visitor was on", () => {
    expect(safeRedirectTarget("/katalog?page=2")).toBe("/katalog?page=2");
  });

  it.each([
    "https://evil.example/",
    "//evil.example/",
    "/\\evil.example",
    "javascript:alert(1)",
    "",
    null,
    42,
    "/katalog\tx",
    "/katalog\r\nSet-Cookie: a=b",
    "/katalog\u0000",
    "/katalog\u007f",
  ])("sends %j to the home page instead of off-site", (value) => {
    expect(safeRedirectTarget(value)).toBe("/");
  });
});
