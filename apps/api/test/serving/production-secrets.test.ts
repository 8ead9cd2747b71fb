// A production API that would hash NIKs with the public development pepper must not start at all (it used to
// start and then answer every registry request with "Unexpected error.").
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";

import { describe, expect, it } from "vitest";

const server = fileURLToPath(new URL("../../src/server.ts", import.meta.url));

describe("production start", () => {
  it("refuses to start without NIK_PEPPER, naming it and how to make one", () => {
    const { NIK_PEPPER: _unset, ...env } = process.env;
    const run = spawnSync(process.execPath, [server], {
      env: { ...env, NODE_ENV: "production", DATABASE_URL: "postgresql://postgres@127.0.0.1:1/none", API_PORT: "0" },
      encoding: "utf8",
      timeout: 30_000,
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/NIK_PEPPER is not set/);
    expect(run.stderr).toMatch(/openssl rand -base64 32/);
  });
});
