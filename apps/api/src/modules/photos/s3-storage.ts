// Media files in an S3-compatible bucket: AWS S3, or MinIO, Cloudflare R2, Wasabi, IDCloudHost… through S3_ENDPOINT.
// storage.ts picks it when S3_BUCKET is set. Every API replica then sees the same files without a shared volume.
// Objects stay private: the API reads them back and serves them itself (/media/, and the private proofs of transfer
// and order-problem photos behind a session), so the bucket needs no public access, CORS or CDN of its own.
import {
  DeleteObjectCommand,
  GetObjectCommand,
  PutObjectCommand,
  S3Client,
  S3ServiceException,
} from "@aws-sdk/client-s3";

import type { S3Settings } from "../../env.ts";
import { checkMediaKey, MEDIA_KEY, mediaContentType, type MediaStorage } from "./media-key.ts";

/** A missing object: NoSuchKey from S3 and most compatibles, a bare 404 from some; a missing bucket is no such thing. */
function isMissingObject(error: unknown): boolean {
  if (!(error instanceof S3ServiceException)) return false;
  if (error.name === "NoSuchKey" || error.name === "NotFound") return true;
  return error.$metadata.httpStatusCode === 404 && error.name !== "NoSuchBucket";
}

export function createS3Client(settings: S3Settings): S3Client {
  return new S3Client({
    region: settings.region,
    ...(settings.endpoint ? { endpoint: settings.endpoint } : {}),
    forcePathStyle: settings.forcePathStyle,
    credentials: { accessKeyId: settings.accessKeyId, secretAccessKey: settings.secretAccessKey },
    // Since SDK 3.729 every upload carries a CRC32 checksum header and downloads are checked against one: services
    // other than AWS (MinIO, R2, Wasabi… depending on version) refuse or omit them, so only AWS keeps that default.
    ...(settings.endpoint
      ? { requestChecksumCalculation: "WHEN_REQUIRED", responseChecksumValidation: "WHEN_REQUIRED" }
      : {}),
    // An unreachable or stalled bucket fails the upload or the image request instead of holding it open (without
    // throwOnRequestTimeout, the SDK only logs a warning when requestTimeout passes).
    requestHandler: { connectionTimeout: 5_000, requestTimeout: 30_000, throwOnRequestTimeout: true },
  });
}

/** Stores media under `<prefix>/<key>` in the bucket; keys are checked exactly as on local disk. */
export function s3Storage(settings: S3Settings, client: S3Client = createS3Client(settings)): MediaStorage {
  const Bucket = settings.bucket;
  const objectKey = (key: string) => (settings.prefix ? `${settings.prefix}/${key}` : key);
  return {
    async put(key, body, contentType) {
      checkMediaKey(key);
      // No ACL: the object takes the bucket's own, private by default (R2 and buckets with ACLs disabled refuse one).
      await client.send(new PutObjectCommand({ Bucket, Key: objectKey(key), Body: body, ContentType: contentType }));
    },
    async get(key) {
      if (!MEDIA_KEY.test(key)) return null;
      try {
        const object = await client.send(new GetObjectCommand({ Bucket, Key: objectKey(key) }));
        if (!object.Body) return null;
        return { body: await object.Body.transformToByteArray(), contentType: mediaContentType(key) };
      } catch (error) {
        if (isMissingObject(error)) return null;
        throw error;
      }
    },
    async delete(key) {
      checkMediaKey(key);
      try {
        await client.send(new DeleteObjectCommand({ Bucket, Key: objectKey(key) }));
      } catch (error) {
        // S3 answers 204 for a missing object; a few compatibles answer 404.
        if (!isMissingObject(error)) throw error;
      }
    },
  };
}
