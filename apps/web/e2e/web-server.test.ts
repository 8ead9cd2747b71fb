// Our own web server (apps/web/server/web-server.ts, used by `npm start`) behind a TLS proxy: the scheme a trusted proxy
// forwards must reach the app (else cookies lose Secure and HSTS is never sent), and one a client forges must not.
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { startWebServer } from "../server/web-server.ts";
import { findFreePort } from "../testing/free-port.ts";
import { unreachableApiUrl } from "../testing/real-api.ts";
import { ensureBuild } from "./ensure-build.ts";

describe("web server behind a proxy", { timeout: 60_000 }, () => {
  const servers: { url: string; stop(): Promise<void> }[] = [];
  const start = async (trustProxy: string | undefined) => {
    if (trustProxy === undefined) delete process.env.TRUST_PROXY;
    else process.env.TRUST_PROXY = trustProxy;
    const port = await findFreePort();
    const server = await startWebServer({ port, apiUrl: await unreachableApiUrl() });
    servers.push(server);
    return `http://127.0.0.1:${port}`;
  };
  let direct: string;
  let proxied: string;

  beforeAll(async () => {
    await ensureBuild();
    direct = await start(undefined);
    proxied = await start("loopback");
    delete process.env.TRUST_PROXY;
  }, 240_000);
  afterAll(async () => {
    for (const server of servers) await server.stop();
  });

  const hsts = async (origin: string) =>
    (await fetch(`${origin}/masuk`, { headers: { "x-forwarded-proto": "https" } })).headers.get(
      "strict-transport-security",
    );

  it("ignores a scheme forged by a client it does not trust", async () => {
    expect(await hsts(direct)).toBeNull();
  });

  it("keeps the https a trusted proxy forwards (so HSTS and Secure cookies apply)", async () => {
    expect(await hsts(proxied)).toMatch(/max-age=/);
  });
});
