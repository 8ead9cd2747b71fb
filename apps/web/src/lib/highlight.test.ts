import { describe, expect, it } from "vitest";

import { highlightSegments } from "./highlight.ts";

describe("highlightSegments", () => {
  it("marks the matched words and keeps the rest as plain text", () => {
    expect(
      highlightSegments("Keripik Singkong Pedas", [
        { start: 0, length: 7 },
        { start: 17, length: 5 },
      ]),
    ).toEqual([
      { text: "Keripik", marked: true },
      { text: " Singkong ", marked: false },
      { text: "Pedas", marked: true },
    ]);
  });

  it("keeps markup in a name as text and ignores ranges it cannot trust", () => {
    expect(
      highlightSegments("<b>Kopi</b>", [
        { start: 3, length: 4 },
        { start: 2, length: 3 },
        { start: 40, length: 2 },
      ]),
    ).toEqual([
      { text: "<b>", marked: false },
      { text: "Kopi", marked: true },
      { text: "</b>", marked: false },
    ]);
    expect(highlightSegments("Batik", null)).toEqual([{ text: "Batik", marked: false }]);
  });
});
