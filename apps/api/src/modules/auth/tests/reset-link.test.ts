// The expiry rule of a reset link, at its edges.
import { describe, expect, it } from "vitest";

import { PASSWORD_RESET_LINK_MS, resetLinkProblem } from "../password-reset.ts";

describe("reset link expiry", () => {
  const issued = new Date("2026-12-05T10:00:00Z");
  const link = { usedAt: null, expiresAt: new Date(issued.getTime() + PASSWORD_RESET_LINK_MS) };
  const at = (ms: number) => new Date(issued.getTime() + ms);

  it("is valid for one hour after it was issued", () => {
    expect(PASSWORD_RESET_LINK_MS).toBe(3_600_000);
    expect(resetLinkProblem(link, at(0))).toBeNull();
    expect(resetLinkProblem(link, at(PASSWORD_RESET_LINK_MS - 1))).toBeNull();
  });

  it("is expired at the end of its hour and after", () => {
    expect(resetLinkProblem(link, at(PASSWORD_RESET_LINK_MS))).toBe("EXPIRED");
    expect(resetLinkProblem(link, at(PASSWORD_RESET_LINK_MS + 86_400_000))).toBe("EXPIRED");
  });

  it("is dead once used, even within its hour; an unknown link is unknown", () => {
    expect(resetLinkProblem({ ...link, usedAt: at(1000) }, at(2000))).toBe("USED");
    expect(resetLinkProblem(null, at(0))).toBe("UNKNOWN");
  });
});
