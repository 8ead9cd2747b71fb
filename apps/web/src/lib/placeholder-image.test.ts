import { describe, expect, it } from "vitest";

import { initialsOf, placeholderSvg } from "./placeholder-image.ts";

describe("placeholderSvg", () => {
  it("draws the product's initials, the same way every time", () => {
    const svg = placeholderSvg("keripik-pisang-balado-250-g");
    expect(initialsOf("keripik-pisang-balado-250-g")).toBe("KP");
    expect(svg).toContain(">KP</text>");
    expect(placeholderSvg("keripik-pisang-balado-250-g")).toBe(svg);
  });

  it("falls back to the site's initials for slugs without words", () => {
    expect(placeholderSvg("250-500")).toContain(">DM</text>");
  });
});
