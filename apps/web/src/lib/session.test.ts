import { describe, expect, it } from "vitest";

import { applySessionCookie, forgetDeadSession, readSessionCookie, safeReturnPath, signInUrl } from "./session.ts";

describe("session cookie from the API", () => {
  it("copies the API's session with the same lifetime, HttpOnly and SameSite=Lax", () => {
    const set: unknown[] = [];
    const jar = { set: (...args: unknown[]) => set.push(args), delete: () => {} };
    const applied = applySessionCookie(
      jar,
      ["other=1; Path=/", "dm_session=abc.def; Path=/; HttpOnly; SameSite=Lax; Max-Age=2592000"],
      new URL("https://desamigran.id/masuk"),
    );
    expect(applied).toBe(true);
    expect(set).toEqual([
      ["dm_session", "abc.def", { path: "/", httpOnly: true, sameSite: "lax", secure: true, maxAge: 2592000 }],
    ]);
  });

  it("ignores a cleared or missing session", () => {
    expect(readSessionCookie(["dm_session=; Max-Age=0"])).toEqual({ token: "", maxAgeSeconds: 0 });
    expect(
      applySessionCookie({ set: () => {}, delete: () => {} }, ["dm_session=; Max-Age=0"], new URL("http://x/")),
    ).toBe(false);
    expect(readSessionCookie([])).toBeNull();
  });

  it("takes the new session when the API clears a dead one first (signing in with a revoked cookie)", () => {
    const headers = ["dm_session=; Path=/; Max-Age=0", "dm_session=new.token; Path=/; HttpOnly; Max-Age=2592000"];
    expect(readSessionCookie(headers)).toEqual({ token: "new.token", maxAgeSeconds: 2592000 });
    expect(readSessionCookie([...headers].reverse())).toEqual({ token: "new.token", maxAgeSeconds: 2592000 });
  });

  it("forgets in the browser a session the API declared dead, and only then", () => {
    const deleted: unknown[] = [];
    const jar = { set: () => {}, delete: (...args: unknown[]) => deleted.push(args) };
    forgetDeadSession(jar, ["dm_session=abc; Max-Age=2592000"], new URL("https://desamigran.id/"));
    forgetDeadSession(jar, [], new URL("https://desamigran.id/"));
    expect(deleted).toEqual([]);
    forgetDeadSession(jar, ["dm_session=; Path=/; Max-Age=0"], new URL("https://desamigran.id/"));
    expect(deleted).toEqual([["dm_session", { path: "/", secure: true }]]);
  });
});

describe("return paths", () => {
  it("only ever point inside the site", () => {
    expect(safeReturnPath("/keluarga?x=1")).toBe("/keluarga?x=1");
    expect(safeReturnPath("//evil.example")).toBe("/akun");
    expect(safeReturnPath("https://evil.example")).toBe("/akun");
    expect(safeReturnPath("/\\evil.example")).toBe("/akun");
    expect(safeReturnPath(null)).toBe("/akun");
    expect(signInUrl("/keluarga/abc")).toBe("/masuk?kembali=%2Fkeluarga%2Fabc");
  });
});
