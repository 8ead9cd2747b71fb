// compose.yaml, the Dockerfile and the Caddyfile must run what `npm run serve` and `npm run db:migrate` need: the
// same commands, NODE_ENV=production, every setting the production checks ask for, health checks on the
// readiness endpoints, and matching ports. (No Docker engine runs here; README says how the image was checked.)
import { readFileSync } from "node:fs";
import path from "node:path";

import { describe, expect, it } from "vitest";
import { parse } from "yaml";

import { readS3Settings } from "../../src/env.ts";
import { servingProblems } from "../../src/serving/production-env.ts";
import { repoRoot } from "./serve-process.ts";

interface Service {
  command?: string[];
  environment?: Record<string, string>;
  healthcheck?: { test: string[] };
  depends_on?: Record<string, { condition: string }>;
  stop_grace_period?: string;
  image?: string;
  profiles?: string[];
  volumes?: string[];
}

const read = (file: string) => readFileSync(path.join(repoRoot, file), "utf8");
const compose = parse(read("compose.yaml"), { merge: true }) as {
  services: Record<string, Service>;
  networks: { internal: { ipam: { config: { subnet: string }[] } } };
};
const scripts = (JSON.parse(read("package.json")) as { scripts: Record<string, string> }).scripts;

/** What `.env` holds after `npm run --silent secrets` and SITE_ADDRESS: compose's ${…} filled in from it. */
const dotEnv: Record<string, string> = {
  POSTGRES_PASSWORD: "pw-from-secrets",
  NIK_PEPPER: "a-pepper-from-npm-run-secrets-0123456789",
  SITE_ADDRESS: "desamigran.example",
  SMTP_URL: "smtp://desa-migran:mail-password@smtp.desamigran.example:587",
};
/** Optional settings README says an operator may add to .env (`${NAME:-}` in compose.yaml: blank when absent). */
const OPTIONAL = /^S3_[A-Z_]+$/;
function substitute(value: string, env: Record<string, string>): string {
  return value.replace(
    /\$\{([A-Z][A-Z0-9_]*)(?::([?-])([^}]*))?\}/g,
    (_, name: string, kind?: string, fallback?: string) => {
      if (name in env) return env[name]!;
      if (kind === "-" && OPTIONAL.test(name)) return fallback ?? "";
      throw new Error(`compose.yaml uses ${name}, which README's .env does not set`);
    },
  );
}
const environmentOf = (service: Service, env: Record<string, string> = dotEnv) =>
  Object.fromEntries(
    Object.entries(service.environment ?? {}).map(([name, value]) => [name, substitute(String(value), env)]),
  );

/** `NODE_ENV=production node scripts/serve.ts` → its environment prefix and its command. */
function splitScript(script: string) {
  const words = script.split(/\s+/);
  const env = Object.fromEntries(words.filter((word) => /^[A-Z_]+=/.test(word)).map((word) => word.split("=")));
  return { env, command: words.filter((word) => !/^[A-Z_]+=/.test(word)) };
}

describe("compose.yaml", () => {
  const services = compose.services;
  const serve = splitScript(scripts.serve!);

  it("has the database, Redis, a migration job, two API replicas, the web server and Caddy", () => {
    for (const name of ["postgres", "redis", "migrate", "api-1", "api-2", "web", "caddy"])
      expect(services[name]).toBeDefined();
  });

  it.each([
    ["api-1", "api"],
    ["api-2", "api"],
    ["web", "web"],
  ] as const)("runs %s as `npm run serve -- %s`, with everything its production checks ask for", (name, role) => {
    const service = services[name]!;
    expect(service.command).toEqual([...serve.command, role]);
    const environment = environmentOf(service);
    for (const [variable, value] of Object.entries(serve.env)) expect(environment[variable]).toBe(value);
    // the same checks `npm run serve` makes before starting: none fails
    expect(servingProblems([role], environment)).toEqual([]);
    expect(service.stop_grace_period).toBe("10s");
  });

  it("passes S3 settings from .env to both API replicas (the bucket over the media volume), refusing half of them", () => {
    // given no S3 settings in .env, the replicas store photos on the shared media volume
    for (const name of ["api-1", "api-2"]) {
      expect(readS3Settings(environmentOf(services[name]!))).toBeNull();
      expect(environmentOf(services[name]!).MEDIA_DIR).toBe("/media");
      expect(services[name]!.volumes).toContain("media:/media");
    }
    // given README's MinIO lines in .env, both replicas use the bucket
    const minio = {
      ...dotEnv,
      S3_BUCKET: "desa-migran",
      S3_ENDPOINT: "http://minio.internal:9000",
      S3_FORCE_PATH_STYLE: "true",
      S3_ACCESS_KEY_ID: "desa-migran",
      S3_SECRET_ACCESS_KEY: "a-secret-from-minio",
    };
    for (const name of ["api-1", "api-2"]) {
      const environment = environmentOf(services[name]!, minio);
      expect(readS3Settings(environment)).toMatchObject({ bucket: "desa-migran", forcePathStyle: true });
      expect(servingProblems(["api"], environment)).toEqual([]);
    }
    // and a bucket without its secret stops `npm run serve`, naming the variable
    const { S3_SECRET_ACCESS_KEY: _, ...halfDone } = minio;
    expect(servingProblems(["api"], environmentOf(services["api-1"]!, halfDone))).toEqual([
      expect.stringMatching(/S3_SECRET_ACCESS_KEY: S3_BUCKET is set/),
    ]);
  });

  it("migrates with `npm run db:migrate` before any API replica starts, never from the replicas", () => {
    expect(services.migrate!.command).toEqual(splitScript(scripts["db:migrate"]!).command);
    expect(environmentOf(services.migrate!).DATABASE_URL).toMatch(
      /^postgresql:\/\/desa_migran:pw-from-secrets@postgres:5432\//,
    );
    for (const name of ["api-1", "api-2"]) {
      expect(services[name]!.depends_on!.migrate).toEqual({ condition: "service_completed_successfully" });
    }
  });

  it("points every app at the compose services, on the ports it listens on", () => {
    const api = environmentOf(services["api-1"]!);
    const web = environmentOf(services.web!);
    expect(api.DATABASE_URL).toBe(environmentOf(services.migrate!).DATABASE_URL);
    expect(api.REDIS_URL).toBe("redis://redis:6379");
    expect(api.WEB_ORIGIN).toBe("https://desamigran.example");
    expect(web.PARTNER_API_URL).toBe("https://desamigran.example/graphql");
    // the web server reaches the API through Caddy's internal listener, which routes to both replicas on API_PORT
    expect(web.API_URL).toBe("http://caddy:4080/graphql");
    const caddyfile = read("deploy/Caddyfile");
    expect(caddyfile).toMatch(new RegExp(`:4080 \\{\\s*reverse_proxy api-1:${api.API_PORT} api-2:${api.API_PORT}`));
    expect(caddyfile).toContain(`reverse_proxy web:${web.WEB_PORT}`);
    expect(caddyfile).toMatch(/health_uri \/readyz/);
    // both trust exactly the compose network to name the client
    const subnet = compose.networks.internal.ipam.config[0]!.subnet;
    expect(api.TRUST_PROXY).toBe(subnet);
    expect(web.TRUST_PROXY).toBe(subnet);
  });

  it("checks health: readiness of the API replicas and the web server, and of PostgreSQL and Redis", () => {
    const api = environmentOf(services["api-1"]!);
    const web = environmentOf(services.web!);
    expect(services["api-1"]!.healthcheck!.test.join(" ")).toContain(`http://127.0.0.1:${api.API_PORT}/readyz`);
    expect(services.web!.healthcheck!.test.join(" ")).toContain(`http://127.0.0.1:${web.WEB_PORT}/readyz`);
    expect(services.postgres!.healthcheck!.test).toContain("pg_isready");
    expect(services.redis!.healthcheck!.test).toContain("ping");
    expect(services.web!.depends_on!["api-1"]).toEqual({ condition: "service_healthy" });
  });

  it("backs up with `npm run db:backup`, on demand (a profile), into a host folder", () => {
    expect(services.backup!.command).toEqual(splitScript(scripts["db:backup"]!).command);
    expect(services.backup!.profiles).toEqual(["backup"]);
    expect(environmentOf(services.backup!).BACKUP_DIR).toBe("/backups");
  });
});

describe("Dockerfile", () => {
  const dockerfile = read("Dockerfile");
  const stages = dockerfile.split(/^FROM /m).slice(1);
  const final = stages.at(-1)!;

  it("builds on Node 24 in stages and runs as a non-root user with production dependencies only", () => {
    expect(stages.length).toBeGreaterThanOrEqual(3);
    for (const stage of stages) expect(stage).toMatch(/^node:24[-.\w]*/);
    expect(dockerfile).toMatch(/npm ci --omit=dev/);
    expect(final).toMatch(/COPY --from=deps [^\n]*node_modules/);
    expect(final).not.toMatch(/npm ci(?! --omit=dev)/);
    expect(final).toMatch(/^USER node$/m);
    expect(final).toMatch(/ENV NODE_ENV=production/);
    expect(final).toContain(`CMD ${JSON.stringify(splitScript(scripts.serve!).command)}`.replace(/,/g, ", "));
  });

  it("keeps secrets and local state out of the build context", () => {
    const ignored = read(".dockerignore").split("\n");
    for (const entry of [".env", ".data", "node_modules", "backups"]) expect(ignored).toContain(entry);
  });
});
