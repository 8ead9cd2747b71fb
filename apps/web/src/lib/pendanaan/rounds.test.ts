import { describe, expect, it } from "vitest";

import { instalmentArrears, investHref, pickFeaturedRound, pledgeLinks } from "./rounds.ts";

const idr = (amount: string) => ({ amount, currency: "IDR" });

describe("pickFeaturedRound", () => {
  it("prefers a round taking pledges, else the most recent, else none", () => {
    expect(
      pickFeaturedRound([
        { status: "REPAYING", id: 1 },
        { status: "OPEN", id: 2 },
      ]),
    ).toEqual({ status: "OPEN", id: 2 });
    expect(
      pickFeaturedRound([
        { status: "COMPLETED", id: 1 },
        { status: "REPAYING", id: 2 },
      ]),
    ).toEqual({ status: "COMPLETED", id: 1 });
    expect(pickFeaturedRound([])).toBeNull();
  });
});

describe("pledgeLinks", () => {
  const base = { slug: "oven-gula", signIn: "/masuk?kembali=%2Fpendanaan%2Foven-gula" };

  it("offers nothing once a round stops taking pledges", () => {
    for (const status of ["DRAFT", "FUNDED", "REPAYING", "DEFAULTED"]) {
      expect(pledgeLinks({ ...base, status, households: [{ id: "h", name: "Keluarga" }] })).toEqual({ kind: "closed" });
    }
  });

  it("asks a visitor to sign in, explains a user without a household, links each household with the round chosen", () => {
    expect(pledgeLinks({ ...base, status: "OPEN", households: null })).toEqual({ kind: "sign-in", href: base.signIn });
    expect(pledgeLinks({ ...base, status: "OPEN", households: [] })).toEqual({ kind: "no-household" });
    expect(
      pledgeLinks({ ...base, status: "OPEN", households: [{ id: "SG91c2Vob2xkOjE=", name: "Keluarga Tarmidi" }] }),
    ).toEqual({
      kind: "households",
      links: [
        { name: "Keluarga Tarmidi", href: "/keluarga/SG91c2Vob2xkOjE%3D/investasi?putaran=oven-gula#round-oven-gula" },
      ],
    });
    expect(investHref("a/b+c=", "oven-gula")).toBe(
      "/keluarga/a%2Fb%2Bc%3D/investasi?putaran=oven-gula#round-oven-gula",
    );
  });
});

describe("instalmentArrears", () => {
  it("counts what a late instalment still owes, and nothing for one paid or not yet late", () => {
    expect(instalmentArrears({ status: "OVERDUE", amount: idr("1350000"), paid: idr("350000") })).toBe(1_000_000n);
    expect(instalmentArrears({ status: "DUE", amount: idr("1350000"), paid: idr("0") })).toBe(0n);
    expect(instalmentArrears({ status: "PAID", amount: idr("1350000"), paid: idr("1400000") })).toBe(0n);
  });
});
