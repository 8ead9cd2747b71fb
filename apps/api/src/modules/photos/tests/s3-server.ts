// A real S3-compatible server for tests: s3rver speaks S3's HTTP API (path-style, as MinIO is reached) and keeps
// buckets in a temporary folder, so the AWS SDK talks to it as to MinIO or R2. It knows one access key pair,
// S3RVER/S3RVER, and refuses other key ids, but does not verify V4 signatures: a wrong secret goes unnoticed here.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";

import S3rver from "s3rver";

export const TEST_BUCKET = "desa-migran-test";

export interface TestS3Server {
  /** S3_* variables that reach the server, as an operator would set them for MinIO. */
  env: Record<string, string>;
  stop(): Promise<void>;
}

export async function startS3Server(): Promise<TestS3Server> {
  const directory = await mkdtemp(path.join(tmpdir(), "dm-s3-"));
  const server = new S3rver({
    address: "127.0.0.1",
    port: 0,
    silent: true,
    directory,
    configureBuckets: [{ name: TEST_BUCKET, configs: [] }],
  });
  const { port } = await server.run();
  return {
    env: {
      S3_BUCKET: TEST_BUCKET,
      S3_ENDPOINT: `http://127.0.0.1:${port}`,
      S3_FORCE_PATH_STYLE: "true",
      S3_ACCESS_KEY_ID: "S3RVER",
      S3_SECRET_ACCESS_KEY: "S3RVER",
    },
    async stop() {
      await server.close();
      await rm(directory, { recursive: true, force: true });
    },
  };
}
