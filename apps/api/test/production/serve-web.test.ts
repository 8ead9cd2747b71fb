// `npm run serve` with both roles, as a single-server deployment runs it behind a TLS proxy: the web server's
// health and readiness, its request id reaching the API's log, Secure cookies and HSTS on a sign-in through the
// web form, no personal data in either log, and draining on SIGTERM.
import { execFileSync } from "node:child_process";
import { request } from "node:http";

import { createTestDatabase, type TestDatabase } from "@desa-migran/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { DEMO_PASSWORD, demoAccounts } from "../../seed/demo-accounts.ts";
import { demoSeedTemplate } from "../../seed/template.ts";
import { productionEnv, repoRoot, type ServeProcess, startServe } from "./serve-process.ts";

describe("npm run serve (API and web, production)", { timeout: 60_000 }, () => {
  let database: TestDatabase;
  let serve: ServeProcess;

  beforeAll(async () => {
    // The web workspace's own script builds it unless build/ is newer than its sources.
    execFileSync("npm", ["run", "--silent", "--workspace", "@desa-migran/web", "build:fresh"], {
      cwd: repoRoot,
      stdio: "inherit",
    });
    database = await createTestDatabase({ prepared: await demoSeedTemplate() });
    // The test plays the TLS proxy on loopback.
    serve = await startServe("all", {
      ...productionEnv(database.url),
      TRUST_PROXY: "loopback",
      SHUTDOWN_DELAY_MS: "1500",
    });
  }, 300_000);
  afterAll(async () => {
    serve?.kill();
    await database?.cleanup();
  });

  it("answers /healthz, and /readyz while the API is ready", async () => {
    expect((await fetch(`${serve.webOrigin}/healthz`)).status).toBe(200);
    const ready = await fetch(`${serve.webOrigin}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: "ok", checks: { api: "ok" } });
  });

  it("passes the request id to the API, so both log lines carry it", async () => {
    // given a page request with an id from the proxy
    const response = await fetch(`${serve.webOrigin}/katalog`, { headers: { "x-request-id": "proxy-id-0000042" } });
    expect(response.status).toBe(200);
    expect(response.headers.get("x-request-id")).toBe("proxy-id-0000042");
    await new Promise((resolve) => setTimeout(resolve, 200));
    // then the web server's line and the API's line for the queries it made share the id
    const lines = serve.logLines().filter((line) => line.requestId === "proxy-id-0000042");
    expect(lines.find((line) => line.service === "web")).toMatchObject({ path: "/katalog", status: 200 });
    expect(lines.filter((line) => line.service === "api" && line.path === "/graphql").length).toBeGreaterThan(0);
    // and an id that could smuggle text into the logs is replaced by a fresh one
    const forged = await fetch(`${serve.webOrigin}/katalog`, { headers: { "x-request-id": "nik 3212014506990001" } });
    expect(forged.headers.get("x-request-id")).toMatch(/^[0-9a-f-]{36}$/);
  });

  it("signs in through the web form with a Secure cookie and HSTS, and logs no credentials", async () => {
    // given a browser behind the TLS proxy posting the sign-in form
    const origin = `https://${new URL(serve.webOrigin).host}`;
    const response = await fetch(`${serve.webOrigin}/masuk`, {
      method: "POST",
      redirect: "manual",
      headers: {
        "content-type": "application/x-www-form-urlencoded",
        // A browser's form post without JavaScript (with */*, SvelteKit answers as to its own fetch, in JSON).
        accept: "text/html",
        origin,
        "x-forwarded-proto": "https",
        "x-forwarded-for": "203.0.113.9",
      },
      body: new URLSearchParams({ email: demoAccounts.household.email, password: DEMO_PASSWORD }).toString(),
    });
    // then it is signed in with a Secure, HttpOnly cookie, and told to stay on https
    expect(response.status).toBe(303);
    const cookie = response.headers.get("set-cookie") ?? "";
    expect(cookie).toMatch(/dm_session=/);
    expect(cookie).toMatch(/Secure/);
    expect(cookie).toMatch(/HttpOnly/);
    expect(response.headers.get("strict-transport-security")).toMatch(/max-age=/);
    const token = /dm_session=([^;]+)/.exec(cookie)![1]!;
    // and a page read with that session works
    const account = await fetch(`${serve.webOrigin}/keluarga`, {
      headers: { cookie: `dm_session=${token}`, "x-forwarded-proto": "https" },
    });
    expect(account.status).toBe(200);
    await new Promise((resolve) => setTimeout(resolve, 200));
    // and nothing personal or secret is in the logs of either server
    const output = serve.output();
    for (const secret of [
      token,
      DEMO_PASSWORD,
      demoAccounts.household.email,
      demoAccounts.household.name,
      "dm_session",
      "203.0.113.9",
    ]) {
      expect(output).not.toContain(secret);
    }
    for (const line of serve.logLines()) expect(line.service).toBeTruthy();
  });

  it("on SIGTERM turns not ready, finishes the request in flight, and exits within 10 s", async () => {
    // given a form post whose body is still arriving
    const body = new URLSearchParams({ email: demoAccounts.buyer.email, password: "not-the-password" }).toString();
    const url = new URL(`${serve.webOrigin}/masuk`);
    let slowRequest: ReturnType<typeof request> | undefined;
    const answer = new Promise<number>((resolve, reject) => {
      slowRequest = request(
        {
          host: url.hostname,
          port: url.port,
          path: url.pathname,
          method: "POST",
          headers: {
            "content-type": "application/x-www-form-urlencoded",
            accept: "text/html",
            "content-length": Buffer.byteLength(body),
            origin: serve.webOrigin,
            "x-forwarded-proto": "http",
          },
        },
        (res) => {
          res.resume();
          res.on("end", () => resolve(res.statusCode ?? 0));
        },
      );
      slowRequest.on("error", reject);
      slowRequest.write(body.slice(0, 5));
    });
    await new Promise((resolve) => setTimeout(resolve, 200));
    // when the process is told to stop
    const signalled = Date.now();
    serve.child.kill("SIGTERM");
    await new Promise((resolve) => setTimeout(resolve, 300));
    // then the web server's readiness fails at once
    const ready = await fetch(`${serve.webOrigin}/readyz`);
    expect(ready.status).toBe(503);
    // and the form post still gets its answer (wrong password: the form again, 400), with the API still serving it
    await new Promise((resolve) => setTimeout(resolve, 1500));
    slowRequest!.end(body.slice(5));
    expect(await answer).toBe(400);
    // and the process exits cleanly within 10 s
    expect(await serve.exited).toBe(0);
    expect(Date.now() - signalled).toBeLessThan(10_000);
  });
});
