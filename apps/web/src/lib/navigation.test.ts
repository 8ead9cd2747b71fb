import { describe, expect, it } from "vitest";

import { accountNav, isCurrentSection } from "./navigation.ts";

const none = {
  household: false,
  business: false,
  cooperative: false,
  villageOfficer: false,
  partner: false,
  admin: false,
};

describe("header navigation", () => {
  it("gives every signed-in user their orders, and a workspace link only for each role they hold", () => {
    expect(accountNav(none).map((item) => item.href)).toEqual(["/pesanan"]);
    expect(accountNav({ ...none, business: true, villageOfficer: true }).map((item) => item.href)).toEqual([
      "/pesanan",
      "/usahaku",
      "/kantor-desa",
    ]);
    const all = accountNav({
      household: true,
      business: true,
      cooperative: true,
      villageOfficer: true,
      partner: true,
      admin: true,
    });
    expect(all.map((item) => item.href)).toEqual([
      "/pesanan",
      "/keluarga",
      "/usahaku",
      "/koperasi",
      "/kantor-desa",
      "/mitra",
      "/admin/agen-penempatan",
    ]);
    for (const item of all) expect(item.label().length).toBeGreaterThan(0);
  });

  it("marks the section a page belongs to, the home link only on the home page", () => {
    expect(isCurrentSection("/", "/")).toBe(true);
    expect(isCurrentSection("/", "/katalog")).toBe(false);
    expect(isCurrentSection("/keluarga", "/keluarga/abc/investasi")).toBe(true);
    expect(isCurrentSection("/koperasi", "/koperasi-lain")).toBe(false);
  });
});
