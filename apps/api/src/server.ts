import { createServer } from "node:http";

import { createPrismaClient } from "@desa-migran/db";

import { productionProblems, readEnv } from "./env.ts";
import { rateLimitOptionsFromEnv } from "./serving/rate-limit.ts";
import { createApi } from "./yoga.ts";

/** Starts the API on an existing database URL (the root start script resolves and migrates it). */
export async function startApiServer({
  databaseUrl,
  port,
  host,
  trustProxy,
}: {
  databaseUrl: string;
  port: number;
  host: string;
  /** Overrides TRUST_PROXY (e.g. `npm start` trusts its own web server on loopback). */
  trustProxy?: string;
}) {
  const prisma = createPrismaClient({ connectionString: databaseUrl });
  const env = readEnv();
  const yoga = createApi({
    prisma,
    rateLimit: rateLimitOptionsFromEnv({ ...env, TRUST_PROXY: trustProxy ?? env.TRUST_PROXY }),
  });
  const server = createServer(yoga);
  await new Promise<void>((resolve, reject) => {
    server.once("error", (error: NodeJS.ErrnoException) =>
      reject(
        error.code === "EADDRINUSE"
          ? new Error(`Port ${port} is already in use: stop the other process or set API_PORT to a free port.`)
          : error,
      ),
    );
    server.listen(port, host, () => resolve());
  });
  const address = server.address();
  const actualPort = typeof address === "object" && address ? address.port : port;
  return {
    url: `http://localhost:${actualPort}/graphql`,
    async stop() {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections();
      await prisma.$disconnect();
    },
  };
}

if (import.meta.main) {
  const env = readEnv();
  const problems = productionProblems(env);
  if (problems.length > 0) {
    console.error(`Refusing to start in production:\n${problems.map((problem) => `  - ${problem}`).join("\n")}`);
    process.exit(1);
  }
  if (!env.DATABASE_URL) {
    console.error("DATABASE_URL is not set: run `npm start` from the repository root, or set DATABASE_URL.");
    process.exit(1);
  }
  const api = await startApiServer({ databaseUrl: env.DATABASE_URL, port: env.API_PORT, host: env.API_HOST });
  console.log(`GraphQL API: ${api.url}`);
  const stop = async () => {
    await api.stop();
    process.exit(0);
  };
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
}
