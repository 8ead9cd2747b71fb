// `npm run serve` refuses to start, naming the variable and how to make a value, while production is not set up;
// `npm run --silent secrets` makes the values. Nothing here needs a database: the checks come first.
import { spawnSync } from "node:child_process";

import { describe, expect, it } from "vitest";

import { DEVELOPMENT_NIK_PEPPER } from "../../src/env.ts";
import { repoRoot } from "./serve-process.ts";

const serve = (args: string[], env: Record<string, string>) => {
  const { DATABASE_URL: _d, NIK_PEPPER: _n, WEB_ORIGIN: _w, PARTNER_API_URL: _p, API_URL: _a, ...base } = process.env;
  return spawnSync(process.execPath, ["scripts/serve.ts", ...args], {
    cwd: repoRoot,
    env: { ...base, NODE_ENV: "production", ...env },
    encoding: "utf8",
    timeout: 30_000,
  });
};

const complete = {
  DATABASE_URL: "postgresql://postgres@127.0.0.1:1/none",
  WEB_ORIGIN: "https://desamigran.example",
  PARTNER_API_URL: "https://desamigran.example/graphql",
};

describe("npm run serve refuses an unsafe production setup", { timeout: 60_000 }, () => {
  it("names a missing NIK_PEPPER and how to make one", () => {
    const run = serve(["api"], complete);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/NIK_PEPPER is not set/);
    expect(run.stderr).toMatch(/openssl rand -base64 32/);
    expect(run.stderr).toMatch(/npm run --silent secrets/);
  });

  it("treats the public development pepper as missing", () => {
    const run = serve(["api"], { ...complete, NIK_PEPPER: DEVELOPMENT_NIK_PEPPER });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/NIK_PEPPER .*development default/);
  });

  it("names every missing setting of the API and the web server at once", () => {
    const run = serve([], {});
    expect(run.status).toBe(1);
    for (const name of ["NIK_PEPPER", "DATABASE_URL", "WEB_ORIGIN", "PARTNER_API_URL"])
      expect(run.stderr).toContain(name);
    // serving both, the web server is given the local API: API_URL is not asked for
    expect(run.stderr).not.toMatch(/- API_URL is not set/);
  });

  it("refuses a photo bucket without its key pair, rather than storing photos on local disk", () => {
    const run = serve(["api"], { ...complete, NIK_PEPPER: "a-pepper-long-enough-for-the-check", S3_BUCKET: "photos" });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/S3_ACCESS_KEY_ID: S3_BUCKET is set/);
    expect(run.stderr).toMatch(/S3_SECRET_ACCESS_KEY: S3_BUCKET is set/);
  });

  it("asks a web-only process for the API's address", () => {
    const run = serve(["web"], { PARTNER_API_URL: complete.PARTNER_API_URL });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/- API_URL is not set/);
    expect(run.stderr).not.toMatch(/NIK_PEPPER/);
  });
});

describe("npm run --silent secrets", () => {
  it("prints a fresh NAME=value line for each required secret, different every run", () => {
    const run = () =>
      spawnSync("npm", ["run", "--silent", "secrets"], { cwd: repoRoot, encoding: "utf8", timeout: 30_000 }).stdout;
    const first = run();
    const second = run();
    const lines = first.trim().split("\n");
    expect(lines.map((line) => line.split("=")[0])).toEqual(["NIK_PEPPER", "POSTGRES_PASSWORD"]);
    for (const line of lines) expect(line.slice(line.indexOf("=") + 1).length).toBeGreaterThanOrEqual(32);
    expect(second).not.toBe(first);
    // and the pepper it makes is accepted by the production check
    const pepper = lines[0]!.slice("NIK_PEPPER=".length);
    const check = serve(["api"], { ...complete, NIK_PEPPER: pepper });
    expect(check.stderr).not.toMatch(/NIK_PEPPER/);
  });
});
