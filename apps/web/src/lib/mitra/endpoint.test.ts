import { describe, expect, it } from "vitest";

import { ENDPOINT_PLACEHOLDER, pickPartnerEndpoint } from "./endpoint.ts";

const INTERNAL = "http://api.internal:4000/graphql";
const PUBLIC = "https://api.desamigran.id/graphql";

describe("pickPartnerEndpoint", () => {
  it("shows the public address the operator set, in development and production", () => {
    expect(pickPartnerEndpoint({ partnerApiUrl: PUBLIC, apiUrl: INTERNAL, production: true })).toEqual({
      url: PUBLIC,
      configured: true,
    });
    expect(pickPartnerEndpoint({ partnerApiUrl: PUBLIC, apiUrl: INTERNAL, production: false })).toEqual({
      url: PUBLIC,
      configured: true,
    });
  });

  it("falls back to API_URL on a development server, where it is the API partners reach", () => {
    expect(
      pickPartnerEndpoint({ partnerApiUrl: "", apiUrl: "http://localhost:4000/graphql", production: false }),
    ).toEqual({
      url: "http://localhost:4000/graphql",
      configured: true,
    });
  });

  it("never publishes API_URL in production: a placeholder, marked as not configured", () => {
    const shown = pickPartnerEndpoint({ partnerApiUrl: "", apiUrl: INTERNAL, production: true });
    expect(shown).toEqual({ url: ENDPOINT_PLACEHOLDER, configured: false });
    expect(shown.url).toBe("https://<alamat-api-anda>/graphql");
  });
});
