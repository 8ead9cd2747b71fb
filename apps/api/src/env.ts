import { randomBytes } from "node:crypto";

import { z } from "zod";

/** The development default of NIK_PEPPER: public, so a production registry hashed with it could be reversed. */
export const DEVELOPMENT_NIK_PEPPER = "desa-migran-development-pepper";

/** A blank value counts as unset: compose passes `${S3_BUCKET:-}` on as an empty string. */
const unsetWhenBlank = <T extends z.ZodType>(schema: T) =>
  z.preprocess((value) => (typeof value === "string" && value.trim() === "" ? undefined : value), schema);

/**
 * Photo storage in an S3-compatible bucket (modules/photos/s3-storage.ts) instead of MEDIA_DIR: setting S3_BUCKET
 * switches it on. The bucket stays private; the API reads the files back and serves them itself.
 */
const S3Fields = {
  S3_BUCKET: unsetWhenBlank(
    z
      .string()
      .regex(/^[A-Za-z0-9][A-Za-z0-9._-]{1,62}$/, "a bucket name: 2-63 letters, digits, dots, hyphens")
      .optional(),
  ),
  /** "us-east-1" is what MinIO and most S3-compatible services expect when they have no regions; R2 takes "auto". */
  S3_REGION: unsetWhenBlank(z.string().trim().max(64).default("us-east-1")),
  /** For anything but AWS itself (MinIO, Cloudflare R2, Wasabi, IDCloudHost…), e.g. http://minio:9000. */
  S3_ENDPOINT: unsetWhenBlank(z.url({ protocol: /^https?$/ }).optional()),
  S3_ACCESS_KEY_ID: unsetWhenBlank(z.string().trim().max(256).optional()),
  S3_SECRET_ACCESS_KEY: unsetWhenBlank(z.string().max(256).optional()),
  /** The bucket in the path (https://host/bucket/key) rather than in the host name: MinIO needs it. */
  S3_FORCE_PATH_STYLE: unsetWhenBlank(z.stringbool().default(false)),
  /** A folder inside the bucket, when the bucket is shared, e.g. `desa-migran/`. */
  S3_PREFIX: unsetWhenBlank(
    z
      .string()
      .regex(
        /^\/?[A-Za-z0-9_-][A-Za-z0-9._-]*(?:\/[A-Za-z0-9_-][A-Za-z0-9._-]*)*\/?$/,
        "folder names of letters, digits, '.', '_' and '-', separated by '/'",
      )
      .optional(),
  ),
};

type S3Values = z.infer<z.ZodObject<typeof S3Fields>>;

/**
 * Half an S3 configuration is refused rather than read as "use local disk": photos would otherwise land on one
 * replica's disk (or fail at the first upload) while the operator believes they go to the bucket.
 */
function checkS3Settings(values: S3Values, context: z.RefinementCtx): void {
  if (values.S3_BUCKET) {
    for (const name of ["S3_ACCESS_KEY_ID", "S3_SECRET_ACCESS_KEY"] as const) {
      if (!values[name]) {
        context.addIssue({
          code: "custom",
          path: [name],
          message: `S3_BUCKET is set, so ${name} must be set too (the bucket's access key pair)`,
        });
      }
    }
    return;
  }
  for (const name of ["S3_ENDPOINT", "S3_ACCESS_KEY_ID", "S3_SECRET_ACCESS_KEY", "S3_PREFIX"] as const) {
    if (values[name]) {
      context.addIssue({
        code: "custom",
        path: ["S3_BUCKET"],
        message: `${name} is set but S3_BUCKET is not: set S3_BUCKET to store photos in the bucket, or unset ${name}`,
      });
    }
  }
}

/** Environment of the API process, validated once at start so a bad value fails loudly with its name. */
const EnvSchema = z
  .object({
    NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
    API_PORT: z.coerce.number().int().min(0).max(65535).default(4000),
    API_HOST: z.string().default("0.0.0.0"),
    DATABASE_URL: z.string().optional(),
    /** Read replicas of DATABASE_URL, comma-separated: anonymous and partner queries read from them. */
    DATABASE_REPLICA_URLS: z.string().optional(),
    /**
     * "off" sends every statement unnamed, parsed and planned each time: for a pooler in transaction mode that
     * cannot keep prepared statements (PgBouncer before 1.21). On by default.
     */
    DATABASE_PREPARED_STATEMENTS: z.enum(["on", "off"]).optional(),
    REDIS_URL: z.string().optional(),
    /** Origins allowed to call the API from a browser with credentials (the web app), comma-separated. */
    WEB_ORIGIN: z.string().default("http://localhost:3000"),
    /** Secret mixed into NIK hashes; a fixed development value is used outside production. */
    NIK_PEPPER: z.string().min(16).default(DEVELOPMENT_NIK_PEPPER),
    /** Peers trusted to name the client in X-Forwarded-For: a hop count or addresses/CIDRs (serving/client-address.ts). */
    TRUST_PROXY: z.string().max(1000).default(""),
    /** Rate-limit window, in seconds. */
    RATE_LIMIT_WINDOW_SECONDS: z.coerce.number().int().min(1).max(3600).default(60),
    /** Requests per window from one client address (default 300; 100000 when NODE_ENV=test). */
    RATE_LIMIT_IP_POINTS: z.coerce.number().int().min(1).optional(),
    /** Requests per window with one partner API key (default 600; 100000 when NODE_ENV=test). */
    RATE_LIMIT_KEY_POINTS: z.coerce.number().int().min(1).optional(),
    /**
     * Where e-mail goes: `smtp://user:password@host:587` (STARTTLS) or `smtps://…:465`. Unset: messages wait in the
     * outbox (outside production, readable on the web app's /dev/pesan); production warns at start (productionWarnings).
     */
    SMTP_URL: z.string().max(2000).optional(),
    /** The From of e-mails. */
    MAIL_FROM: z.string().max(200).default("Desa Migran <no-reply@desamigran.id>"),
    /** "off" turns the cache of anonymous reads off (it is on in production): e.g. to measure the data path. */
    RESPONSE_CACHE: z.enum(["on", "off"]).optional(),
    ...S3Fields,
  })
  .superRefine(checkS3Settings);

export type Env = z.infer<typeof EnvSchema>;

function parseOrThrow<T>(schema: z.ZodType<T>, source: NodeJS.ProcessEnv): T {
  const parsed = schema.safeParse(source);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ");
    throw new Error(`Invalid environment: ${problems}`);
  }
  return parsed.data;
}

export function readEnv(source: NodeJS.ProcessEnv = process.env): Env {
  return parseOrThrow(EnvSchema, source);
}

/** Where and how to reach the photo bucket. */
export interface S3Settings {
  bucket: string;
  region: string;
  /** Unset: AWS S3 itself. */
  endpoint?: string;
  accessKeyId: string;
  secretAccessKey: string;
  forcePathStyle: boolean;
  /** Without slashes at either end; "" for none. */
  prefix: string;
}

const S3Schema = z.object(S3Fields).superRefine(checkS3Settings);

/**
 * The bucket settings, or null when S3_BUCKET is unset (local disk). Reads only the S3_* variables, so media
 * storage can be chosen without the rest of the API's settings; incomplete settings throw like readEnv.
 */
export function readS3Settings(source: NodeJS.ProcessEnv = process.env): S3Settings | null {
  const values = parseOrThrow(S3Schema, source);
  if (!values.S3_BUCKET) return null;
  return {
    bucket: values.S3_BUCKET,
    region: values.S3_REGION,
    ...(values.S3_ENDPOINT ? { endpoint: values.S3_ENDPOINT } : {}),
    // checkS3Settings has refused a bucket without both.
    accessKeyId: values.S3_ACCESS_KEY_ID!,
    secretAccessKey: values.S3_SECRET_ACCESS_KEY!,
    forcePathStyle: values.S3_FORCE_PATH_STYLE,
    prefix: values.S3_PREFIX?.replace(/^\/+|\/+$/g, "") ?? "",
  };
}

/** A secret production cannot run without; `npm run secrets` prints a fresh value for each. */
export interface RequiredSecret {
  name: string;
  /** The public value development falls back to: a production process holding it is as good as unset. */
  developmentDefault?: string;
  /** A command an operator can run to make one by hand. */
  howToMake: string;
  /** Why it matters, for the refusal message. */
  note: string;
  generate(): string;
}

export const REQUIRED_SECRETS: readonly RequiredSecret[] = [
  {
    name: "NIK_PEPPER",
    developmentDefault: DEVELOPMENT_NIK_PEPPER,
    howToMake: "openssl rand -base64 32",
    note:
      "store it with your backups: registered NIK hashes depend on it and it cannot be changed later " +
      "(the development default is public)",
    generate: () => randomBytes(32).toString("base64"),
  },
];

/**
 * What a production API must not start without: each problem names the variable and how to make a value.
 * `source` is the raw environment, to tell an unset variable from one that holds its default.
 */
export function productionProblems(env: Env, source: NodeJS.ProcessEnv = process.env): string[] {
  if (env.NODE_ENV !== "production") return [];
  const problems: string[] = [];
  for (const secret of REQUIRED_SECRETS) {
    const value = source[secret.name]?.trim();
    if (!value || value === secret.developmentDefault) {
      problems.push(
        `${secret.name} is not set (or holds the development default). Make one with \`${secret.howToMake}\` ` +
          `(or \`npm run --silent secrets\`); ${secret.note}.`,
      );
    }
  }
  if (!env.DATABASE_URL) problems.push("DATABASE_URL is not set: production needs a PostgreSQL URL.");
  // The default names a developer's machine: sign-up links would point there and CORS would admit it.
  if (!source.WEB_ORIGIN?.trim()) {
    problems.push("WEB_ORIGIN is not set: set it to the marketplace's public origin, e.g. https://desamigran.id.");
  }
  return problems;
}

/**
 * What a production API can start without but should not run without for long: each warning names the variable.
 * A missing mail server loses nothing (messages wait in the outbox and go out once SMTP_URL is set), so it warns
 * rather than refuses; nobody gets an activation link or an order message meanwhile.
 */
export function productionWarnings(env: Env): string[] {
  if (env.NODE_ENV !== "production") return [];
  const warnings: string[] = [];
  if (!env.SMTP_URL?.trim()) {
    warnings.push(
      "SMTP_URL is not set: no e-mail is sent (sign-up links, order and payment messages wait in the outbox). " +
        "Set it to your mail server, e.g. smtp://user:password@smtp.example.com:587.",
    );
  }
  return warnings;
}
