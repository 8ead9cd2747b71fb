// The local-disk media storage and the choice of storage from the environment.
import { mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";

import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { localDiskStorage, mediaStorageFromEnv } from "../storage.ts";

describe("media storage", () => {
  let root: string;
  beforeAll(async () => {
    root = await mkdtemp(path.join(tmpdir(), "dm-storage-"));
  });
  afterAll(() => rm(root, { recursive: true, force: true }));

  it("stores, reads and deletes a file under its key", async () => {
    const storage = localDiskStorage(root);
    await storage.put("products/abc-320.webp", new Uint8Array([1, 2, 3]), "image/webp");
    expect(await readdir(path.join(root, "products"))).toEqual(["abc-320.webp"]);
    expect(await storage.get("products/abc-320.webp")).toEqual({
      body: expect.any(Uint8Array),
      contentType: "image/webp",
    });
    await storage.delete("products/abc-320.webp");
    await storage.delete("products/abc-320.webp"); // deleting twice is fine
    expect(await storage.get("products/abc-320.webp")).toBeNull();
  });

  it("refuses keys that could leave its folder or name other files", async () => {
    const storage = localDiskStorage(root);
    for (const key of ["../x.webp", "products/../../x.webp", "/etc/passwd", "products/a.svg", "products/a/b.webp"]) {
      await expect(storage.put(key, new Uint8Array([1]), "image/webp")).rejects.toThrow(/invalid media key/);
      expect(await storage.get(key)).toBeNull();
    }
  });

  it("refuses S3 settings it cannot honour yet, rather than writing to local disk", () => {
    expect(() => mediaStorageFromEnv({ S3_BUCKET: "desa-migran-photos" })).toThrow(/not implemented/);
    expect(mediaStorageFromEnv({ MEDIA_DIR: root })).toBeDefined();
  });
});
