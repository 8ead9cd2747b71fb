// The local-disk media storage and the choice of storage from the environment (the bucket itself: s3-storage.test.ts).
import { mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";

import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { readEnv, readS3Settings } from "../../../env.ts";
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

  it("stores on local disk unless S3_BUCKET is set, and refuses half an S3 configuration", () => {
    expect(mediaStorageFromEnv({ MEDIA_DIR: root })).toBeDefined();
    // A bucket without its key pair, or bucket settings without a bucket, would otherwise quietly use local disk.
    expect(() => mediaStorageFromEnv({ S3_BUCKET: "desa-migran-photos" })).toThrow(
      /S3_ACCESS_KEY_ID: S3_BUCKET is set, so S3_ACCESS_KEY_ID must be set too.*S3_SECRET_ACCESS_KEY/,
    );
    expect(() =>
      mediaStorageFromEnv({ S3_ENDPOINT: "http://minio:9000", S3_ACCESS_KEY_ID: "a", S3_SECRET_ACCESS_KEY: "b" }),
    ).toThrow(/S3_ENDPOINT is set but S3_BUCKET is not/);
    expect(() =>
      mediaStorageFromEnv({
        S3_BUCKET: "photos",
        S3_ACCESS_KEY_ID: "a",
        S3_SECRET_ACCESS_KEY: "b",
        S3_ENDPOINT: "minio",
      }),
    ).toThrow(/S3_ENDPOINT/);
    expect(() =>
      mediaStorageFromEnv({ S3_BUCKET: "photos", S3_ACCESS_KEY_ID: "a", S3_SECRET_ACCESS_KEY: "b", S3_PREFIX: "../x" }),
    ).toThrow(/S3_PREFIX/);
    // and blank values (compose's `${S3_BUCKET:-}`) count as unset
    expect(mediaStorageFromEnv({ S3_BUCKET: "", S3_ENDPOINT: " ", MEDIA_DIR: root })).toBeDefined();
  });

  it("reads S3 settings as an operator writes them for MinIO or R2", () => {
    const minio = {
      S3_BUCKET: "desa-migran",
      S3_ENDPOINT: "http://minio:9000",
      S3_FORCE_PATH_STYLE: "true",
      S3_ACCESS_KEY_ID: "minio-user",
      S3_SECRET_ACCESS_KEY: "minio-secret",
      S3_PREFIX: "media/",
    };
    expect(readS3Settings(minio)).toEqual({
      bucket: "desa-migran",
      region: "us-east-1",
      endpoint: "http://minio:9000",
      accessKeyId: "minio-user",
      secretAccessKey: "minio-secret",
      forcePathStyle: true,
      prefix: "media",
    });
    expect(
      readS3Settings({
        S3_BUCKET: "desa-migran",
        S3_REGION: "auto",
        S3_ENDPOINT: "https://0123abcd.r2.cloudflarestorage.com",
        S3_ACCESS_KEY_ID: "r2-key",
        S3_SECRET_ACCESS_KEY: "r2-secret",
      }),
    ).toMatchObject({ region: "auto", forcePathStyle: false, prefix: "" });
    expect(readS3Settings({ MEDIA_DIR: "/media" })).toBeNull();
    // the API's own start-up check (readEnv) refuses the same mistakes, naming the variable
    expect(() => readEnv({ S3_BUCKET: "desa-migran", S3_ACCESS_KEY_ID: "a" })).toThrow(
      /Invalid environment: S3_SECRET_ACCESS_KEY: S3_BUCKET is set/,
    );
    expect(() => readEnv({ ...minio, S3_FORCE_PATH_STYLE: "maybe" })).toThrow(/S3_FORCE_PATH_STYLE/);
    expect(readEnv(minio).S3_BUCKET).toBe("desa-migran");
  });
});
