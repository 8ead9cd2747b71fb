// Where photo files (and private proofs and order-problem photos) live: local disk by default (MEDIA_DIR, else
// <repo>/.data/media), an S3-compatible bucket when S3_BUCKET is set (s3-storage.ts). Either way the API serves the
// files itself, so callers see only the MediaStorage interface.
import { mkdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";

import { repoRoot } from "@desa-migran/db/paths";

import { readS3Settings, type S3Settings } from "../../env.ts";
import { checkMediaKey, MEDIA_KEY, mediaContentType, type MediaStorage } from "./media-key.ts";

export { MEDIA_KEY, type MediaStorage, type StoredMedia } from "./media-key.ts";

export function localDiskStorage(root: string): MediaStorage {
  const file = (key: string) => {
    checkMediaKey(key);
    return path.join(root, key);
  };
  return {
    async put(key, body) {
      const target = file(key);
      await mkdir(path.dirname(target), { recursive: true });
      // Written beside and renamed would be atomic; a photo key is new and unreferenced until the write ends.
      await writeFile(target, body);
    },
    async get(key) {
      if (!MEDIA_KEY.test(key)) return null;
      try {
        return { body: await readFile(file(key)), contentType: mediaContentType(key) };
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
        throw error;
      }
    },
    async delete(key) {
      await rm(file(key), { force: true });
    },
  };
}

export const defaultMediaDir = path.join(repoRoot, ".data", "media");

/**
 * The bucket when S3_BUCKET is set (MEDIA_DIR is then ignored), else local disk. Incomplete S3 settings throw,
 * naming the variable, rather than quietly storing on local disk (readEnv refuses them at start the same way).
 */
export function mediaStorageFromEnv(env: NodeJS.ProcessEnv = process.env): MediaStorage {
  const s3 = readS3Settings(env);
  if (s3) return lazyS3Storage(s3);
  if (env.MEDIA_DIR?.trim()) return localDiskStorage(path.resolve(env.MEDIA_DIR));
  // Tests (the authorization matrix uploads photos too) keep the developer's .data/media clean.
  return localDiskStorage(env.NODE_ENV === "test" ? path.join(tmpdir(), "desa-migran-test-media") : defaultMediaDir);
}

/**
 * The bucket's storage, loaded on first use: a process that stores on disk never loads the AWS SDK (~85 ms at start),
 * and bundlers resolving with browser conditions (the web app's tests run the API in Vite) never meet it.
 */
function lazyS3Storage(settings: S3Settings): MediaStorage {
  let storage: Promise<MediaStorage> | undefined;
  const load = () => (storage ??= import("./s3-storage.ts").then((module) => module.s3Storage(settings)));
  return {
    put: async (key, body, contentType) => (await load()).put(key, body, contentType),
    get: async (key) => (await load()).get(key),
    delete: async (key) => (await load()).delete(key),
  };
}

let current: MediaStorage | undefined;

/** The process's storage, made from the environment on first use. */
export function mediaStorage(): MediaStorage {
  current ??= mediaStorageFromEnv();
  return current;
}

/** Replaces the process's storage (tests). */
export function setMediaStorage(storage: MediaStorage | undefined): void {
  current = storage;
}
