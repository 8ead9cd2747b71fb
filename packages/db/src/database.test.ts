import net from "node:net";
import path from "node:path";

import { afterEach, describe, expect, it } from "vitest";

import { resolveDatabase } from "./database.ts";
import { startEmbeddedDatabase } from "./embedded.ts";
import { makeTempDir, query } from "./test-support.ts";

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

/** A loopback port with nothing listening (bound, read, released). */
async function closedPort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

describe("resolveDatabase with DATABASE_URL", () => {
  it.each([
    ["not a URL at all", "not a url", /DATABASE_URL is not a valid URL/],
    [
      "another scheme",
      "mysql://root:secret@localhost:3306/app",
      /must start with postgresql:\/\/ or postgres:\/\/, not mysql:/,
    ],
    ["a non-numeric port", "postgresql://u:p@localhost:port/app", /not a valid URL|invalid port/],
  ])("rejects %s, saying what is wrong and what to do", async (_case, url, problem) => {
    // Given a malformed DATABASE_URL; When the database is resolved
    const failure = resolveDatabase({ env: { DATABASE_URL: url } });

    // Then the error says what is wrong, how to fix it, and never shows the password
    await expect(failure).rejects.toThrow(problem);
    await expect(failure).rejects.toThrow(/Set DATABASE_URL to a URL like postgresql:\/\//);
    await expect(failure).rejects.not.toThrow(/secret/);
  });

  it("rejects an unreachable server, naming it without its password", async () => {
    // Given a DATABASE_URL pointing at a port where nothing listens
    const port = await closedPort();

    // When the database is resolved
    const failure = resolveDatabase({ env: { DATABASE_URL: `postgresql://app:hunter2@127.0.0.1:${port}/app` } });

    // Then the error names the server and the reason, and hides the password
    await expect(failure).rejects.toThrow(
      `Cannot reach the database at DATABASE_URL=postgresql://app:***@127.0.0.1:${port}/app`,
    );
    await expect(failure).rejects.toThrow(/ECONNREFUSED/);
    await expect(failure).rejects.not.toThrow(/hunter2/);
  });

  it("uses a reachable server as it is", async () => {
    // Given a running server named by DATABASE_URL
    const server = await startEmbeddedDatabase();
    cleanups.push(server.stop);

    // When the database is resolved
    const database = await resolveDatabase({ env: { DATABASE_URL: server.url } });

    // Then that server is used and nothing embedded is started
    expect(database).toMatchObject({ url: server.url, embedded: false });
  });
});

describe("the embedded database", () => {
  it("starts when DATABASE_URL is unset and keeps its data across a restart", async () => {
    // Given an embedded database with a data directory, holding a row
    const temp = await makeTempDir("pglite");
    cleanups.push(temp.remove);
    const dataDir = path.join(temp.dir, "data");
    const first = await resolveDatabase({ env: {}, embeddedDataDir: dataDir });
    expect(first.embedded).toBe(true);
    await query(first.url, "CREATE TABLE kept (value TEXT); INSERT INTO kept VALUES ('still here')");

    // When it is stopped and started again on the same directory
    await first.stop();
    const second = await resolveDatabase({ env: { DATABASE_URL: "  " }, embeddedDataDir: dataDir });
    cleanups.push(second.stop);

    // Then the row is still there
    expect(await query(second.url, "SELECT value FROM kept")).toEqual([{ value: "still here" }]);
  });

  it("refuses a data directory another process holds open", async () => {
    // Given a data directory open in this process's first embedded database
    const temp = await makeTempDir("pglite");
    cleanups.push(temp.remove);
    const dataDir = path.join(temp.dir, "data");
    const { writeFile } = await import("node:fs/promises");
    // (a live process other than this one: the parent of this test process)
    await writeFile(`${dataDir}.lock`, String(process.ppid));

    // When a second one opens it, Then it fails clearly
    await expect(startEmbeddedDatabase({ dataDir })).rejects.toThrow(`already open in process ${process.ppid}`);
  });

  it("picks a free port by itself and reports a taken port clearly", async () => {
    // Given one embedded database on a port picked automatically
    const first = await startEmbeddedDatabase({ port: 0 });
    cleanups.push(first.stop);
    expect(first.port).toBeGreaterThan(0);
    expect(first.url).toBe(
      `postgresql://postgres:postgres@127.0.0.1:${first.port}/postgres?sslmode=disable&application_name=desa-migran-embedded`,
    );

    // When a second one asks for that same port, Then the error says the port is in use and what to do
    await expect(startEmbeddedDatabase({ port: first.port })).rejects.toThrow(
      `port ${first.port} on 127.0.0.1 is already in use`,
    );
  });
});
