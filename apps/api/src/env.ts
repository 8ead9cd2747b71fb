import { z } from "zod";

/** Environment of the API process, validated once at start so a bad value fails loudly with its name. */
const EnvSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  API_PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  API_HOST: z.string().default("0.0.0.0"),
  DATABASE_URL: z.string().optional(),
  REDIS_URL: z.string().optional(),
  /** Origins allowed to call the API from a browser with credentials (the web app), comma-separated. */
  WEB_ORIGIN: z.string().default("http://localhost:3000"),
  /** Secret mixed into NIK hashes; a fixed development value is used outside production. */
  NIK_PEPPER: z.string().min(16).default("desa-migran-development-pepper"),
  /** Peers trusted to name the client in X-Forwarded-For: a hop count or addresses/CIDRs (serving/client-address.ts). */
  TRUST_PROXY: z.string().max(1000).default(""),
  /** Rate-limit window, in seconds. */
  RATE_LIMIT_WINDOW_SECONDS: z.coerce.number().int().min(1).max(3600).default(60),
  /** Requests per window from one client address (default 300; 100000 when NODE_ENV=test). */
  RATE_LIMIT_IP_POINTS: z.coerce.number().int().min(1).optional(),
  /** Requests per window with one partner API key (default 600; 100000 when NODE_ENV=test). */
  RATE_LIMIT_KEY_POINTS: z.coerce.number().int().min(1).optional(),
});

export type Env = z.infer<typeof EnvSchema>;

export function readEnv(source: NodeJS.ProcessEnv = process.env): Env {
  const parsed = EnvSchema.safeParse(source);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ");
    throw new Error(`Invalid environment: ${problems}`);
  }
  return parsed.data;
}
