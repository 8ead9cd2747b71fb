import { describe, expect, it } from "vitest";

import { storyExcerpt, storyParagraphs } from "./stories.ts";

describe("story text", () => {
  it("splits a plain-text body into paragraphs at blank lines, keeping single line breaks inside one", () => {
    expect(storyParagraphs("Satu.\nmasih satu.\n\n  Dua.  \r\n\r\nTiga.\n\n\n")).toEqual([
      "Satu.\nmasih satu.",
      "Dua.",
      "Tiga.",
    ]);
    expect(storyParagraphs("   \n\n ")).toEqual([]);
  });

  it("keeps markup as text: paragraphs are strings, never parsed", () => {
    expect(storyParagraphs("<script>alert(1)</script>\n\n<b>x</b>")).toEqual(["<script>alert(1)</script>", "<b>x</b>"]);
  });

  it("shows the first paragraph whole when short, else cuts it at a word with an ellipsis", () => {
    expect(storyExcerpt("Pendek saja.\n\nParagraf kedua.")).toBe("Pendek saja.");
    const long = `${"kata ".repeat(60)}akhir`;
    const excerpt = storyExcerpt(long, 50);
    expect(excerpt.endsWith("kata…")).toBe(true);
    expect(excerpt.length).toBeLessThanOrEqual(51);
  });
});
