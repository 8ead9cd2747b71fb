// The S3 media storage against a real S3-compatible server (s3rver), reached the way production reaches a bucket.
import { HeadObjectCommand, ListObjectsV2Command } from "@aws-sdk/client-s3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { readS3Settings, type S3Settings } from "../../../env.ts";
import { createS3Client, s3Storage } from "../s3-storage.ts";
import { mediaStorageFromEnv } from "../storage.ts";
import { startS3Server, TEST_BUCKET, type TestS3Server } from "./s3-server.ts";

describe("S3 media storage", () => {
  let server: TestS3Server;
  let settings: S3Settings;
  beforeAll(async () => {
    server = await startS3Server();
    settings = readS3Settings({ ...server.env, S3_PREFIX: "/uploads/" })!;
  });
  afterAll(() => server?.stop());

  const keysInBucket = async () => {
    const listed = await createS3Client(settings).send(new ListObjectsV2Command({ Bucket: TEST_BUCKET }));
    return (listed.Contents ?? []).map((object) => object.Key).sort();
  };

  it("stores, reads and deletes an object under its key, inside the prefix", async () => {
    // given the bucket storage with a prefix
    const storage = s3Storage(settings);
    // when a photo is stored
    await storage.put("products/abc-320.webp", new Uint8Array([1, 2, 3]), "image/webp");
    // then it is in the bucket under the prefix, and reads back byte for byte
    expect(await keysInBucket()).toEqual(["uploads/products/abc-320.webp"]);
    expect(await storage.get("products/abc-320.webp")).toEqual({
      body: new Uint8Array([1, 2, 3]),
      contentType: "image/webp",
    });
    // and deleting it (twice is fine) leaves nothing to read
    await storage.delete("products/abc-320.webp");
    await storage.delete("products/abc-320.webp");
    expect(await storage.get("products/abc-320.webp")).toBeNull();
    expect(await keysInBucket()).toEqual([]);
  });

  it("answers null for a key that was never stored", async () => {
    expect(await s3Storage(settings).get("products/never-stored-1280.webp")).toBeNull();
    expect(await s3Storage(settings).get("proofs/never-stored.pdf")).toBeNull();
  });

  it("keeps the content type on the object and serves a proof as PDF", async () => {
    const storage = s3Storage(settings);
    const pdf = new TextEncoder().encode("%PDF-1.4\n%%EOF\n");
    await storage.put("proofs/transfer-1.pdf", pdf, "application/pdf");
    await storage.put("products/abc-640.webp", new Uint8Array([9]), "image/webp");
    const head = (Key: string) => createS3Client(settings).send(new HeadObjectCommand({ Bucket: TEST_BUCKET, Key }));
    expect((await head("uploads/proofs/transfer-1.pdf")).ContentType).toBe("application/pdf");
    expect((await head("uploads/products/abc-640.webp")).ContentType).toBe("image/webp");
    expect(await storage.get("proofs/transfer-1.pdf")).toEqual({ body: pdf, contentType: "application/pdf" });
    expect((await storage.get("products/abc-640.webp"))?.contentType).toBe("image/webp");
    await storage.delete("proofs/transfer-1.pdf");
    await storage.delete("products/abc-640.webp");
  });

  it("refuses keys that could name other objects, and sends nothing for them", async () => {
    const storage = s3Storage(settings);
    for (const key of ["../x.webp", "products/../../x.webp", "/etc/passwd", "products/a.svg", "products/a/b.webp"]) {
      await expect(storage.put(key, new Uint8Array([1]), "image/webp")).rejects.toThrow(/invalid media key/);
      await expect(storage.delete(key)).rejects.toThrow(/invalid media key/);
      expect(await storage.get(key)).toBeNull();
    }
    expect(await keysInBucket()).toEqual([]);
  });

  it("fails loudly, rather than answering 'not found', when the bucket or the key pair is wrong", async () => {
    const missingBucket = s3Storage({ ...settings, bucket: "no-such-bucket" });
    await expect(missingBucket.get("products/abc-320.webp")).rejects.toMatchObject({ name: "NoSuchBucket" });
    // (s3rver checks the key id, not the signature, so a wrong secret cannot be tried here)
    const wrongKey = s3Storage({ ...settings, accessKeyId: "NOT-A-KEY" });
    const refused = { name: "InvalidAccessKeyId", $metadata: expect.objectContaining({ httpStatusCode: 403 }) };
    await expect(wrongKey.put("products/abc-320.webp", new Uint8Array([1]), "image/webp")).rejects.toMatchObject(
      refused,
    );
    await expect(wrongKey.get("products/abc-320.webp")).rejects.toMatchObject(refused);
  });

  it("is what the environment chooses when S3_BUCKET is set", async () => {
    // given S3 settings and a MEDIA_DIR both set (compose sets MEDIA_DIR for every deployment)
    const storage = mediaStorageFromEnv({ ...server.env, MEDIA_DIR: "/nonexistent/media" });
    // when a file is stored, then it is in the bucket (not under MEDIA_DIR)
    await storage.put("products/env-320.webp", new Uint8Array([4, 2]), "image/webp");
    expect(await keysInBucket()).toEqual(["products/env-320.webp"]);
    expect((await storage.get("products/env-320.webp"))?.body).toEqual(new Uint8Array([4, 2]));
    await storage.delete("products/env-320.webp");
  });
});
