// The attack as found: a page on another site, or on another port of the same host, reads a signed-in user's
// data through the API with the user's cookie. Over real HTTP: the preflight and the credentialed request.
import { createServer, type Server } from "node:http";

import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { createApi } from "../../src/yoga.ts";
import { createTestApi } from "../harness.ts";

const WEB = "http://localhost:3000";

describe("CORS: only the web app's origin may call the API with credentials", () => {
  let api: Awaited<ReturnType<typeof createTestApi>>;
  let server: Server;
  let url: string;
  let session: string;

  beforeAll(async () => {
    api = await createTestApi({ seed: true });
    server = createServer(createApi({ prisma: api.prisma, production: true, rateLimit: false, webOrigins: [WEB] }));
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const address = server.address();
    url = `http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}/graphql`;
    session = await api.signInAs("buyer");
  });
  afterAll(async () => {
    await new Promise((resolve) => server?.close(resolve));
    await api?.cleanup();
  });

  const preflight = (origin: string) =>
    fetch(url, {
      method: "OPTIONS",
      headers: {
        origin,
        "access-control-request-method": "POST",
        "access-control-request-headers": "content-type",
      },
    });
  const readEmail = (origin: string) =>
    fetch(url, {
      method: "POST",
      headers: { origin, "content-type": "application/json", cookie: `dm_session=${session}` },
      body: JSON.stringify({ query: "{ viewer { email } }" }),
    });

  for (const attacker of ["https://evil.example", "http://localhost:4444", "null"]) {
    it(`gives ${attacker} no CORS permission, so its page can neither send nor read`, async () => {
      const answer = await preflight(attacker);
      expect(answer.headers.get("access-control-allow-origin")).toBeNull();
      expect(answer.headers.get("access-control-allow-credentials")).toBeNull();
      const read = await readEmail(attacker);
      expect(read.headers.get("access-control-allow-origin")).toBeNull();
      expect(read.headers.get("access-control-allow-credentials")).toBeNull();
    });
  }

  it("lets the web app's own origin call with credentials", async () => {
    const answer = await preflight(WEB);
    expect(answer.headers.get("access-control-allow-origin")).toBe(WEB);
    expect(answer.headers.get("access-control-allow-credentials")).toBe("true");
    const read = await readEmail(WEB);
    expect(read.headers.get("access-control-allow-origin")).toBe(WEB);
    expect(((await read.json()) as { data: { viewer: { email: string } } }).data.viewer.email).toBe(
      "pembeli@desamigran.id",
    );
  });
});
