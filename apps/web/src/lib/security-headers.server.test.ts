import { describe, expect, it } from "vitest";

import { cspDirectives, securityHeaders } from "./security-headers.server.ts";

describe("security headers", () => {
  it("forbid framing and script injection, and keep personal pages out of every cache", () => {
    expect(cspDirectives["frame-ancestors"]).toEqual(["none"]);
    expect(cspDirectives["script-src"]).not.toContain("unsafe-inline");
    const anonymous = securityHeaders({ url: new URL("https://desamigran.id/"), hasSession: false, production: true });
    expect(anonymous["x-content-type-options"]).toBe("nosniff");
    expect(anonymous["referrer-policy"]).toBe("strict-origin-when-cross-origin");
    expect(anonymous["cache-control"]).toBeUndefined();
    const signedIn = securityHeaders({ url: new URL("https://desamigran.id/"), hasSession: true, production: true });
    expect(signedIn["cache-control"]).toBe("private, no-store");
  });

  it("send HSTS only in production over https", () => {
    const at = (url: string, production: boolean) =>
      securityHeaders({ url: new URL(url), hasSession: false, production })["strict-transport-security"];
    expect(at("https://desamigran.id/", true)).toMatch(/max-age=31536000/);
    expect(at("http://localhost:3000/", true)).toBeUndefined();
    expect(at("https://desamigran.id/", false)).toBeUndefined();
  });
});
