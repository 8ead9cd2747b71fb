import { describe, expect, it } from "vitest";

import { pageLinks, readPageArgs } from "./pagination.ts";

describe("readPageArgs", () => {
  it("pages forward from the start by default", () => {
    expect(readPageArgs(new URLSearchParams(""), 12)).toEqual({ first: 12 });
    expect(readPageArgs(new URLSearchParams("after=abc="), 12)).toEqual({ first: 12, after: "abc=" });
    expect(readPageArgs(new URLSearchParams("before=xyz"), 12)).toEqual({ last: 12, before: "xyz" });
  });

  it("ignores cursors that are not ours", () => {
    expect(readPageArgs(new URLSearchParams("after=<script>"), 12)).toEqual({ first: 12 });
  });
});

describe("pageLinks", () => {
  const url = new URL("http://x/katalog?q=kopi&after=old&urut=NAME");

  it("keeps the filters and swaps the cursor", () => {
    const links = pageLinks(
      url,
      { first: 12, after: "old" },
      { startCursor: "s", endCursor: "e", hasNextPage: true, hasPreviousPage: false },
    );
    expect(links.next).toBe("/katalog?q=kopi&urut=NAME&after=e");
    expect(links.previous).toBe("/katalog?q=kopi&urut=NAME&before=s");
  });

  it("has no previous link on the first page and no next link on the last", () => {
    const links = pageLinks(
      new URL("http://x/desa"),
      { first: 12 },
      { startCursor: "s", endCursor: "e", hasNextPage: false, hasPreviousPage: false },
    );
    expect(links).toEqual({ previous: null, next: null });
  });
});
