// Picks the database for this process: the server named by DATABASE_URL, or the embedded one under .data/pglite.
import { assertDatabaseReachable, validateDatabaseUrl } from "./database-url.ts";
import { startEmbeddedDatabase } from "./embedded.ts";
import { defaultEmbeddedDataDir } from "./paths.ts";

export interface ResolvedDatabase {
  url: string;
  /** Stops the embedded database; does nothing for an external server. */
  stop(): Promise<void>;
  embedded: boolean;
}

export async function resolveDatabase(
  options: {
    env?: Record<string, string | undefined>;
    /** Where the embedded database keeps its files (default <repo root>/.data/pglite). */
    embeddedDataDir?: string;
    embeddedPort?: number;
  } = {},
): Promise<ResolvedDatabase> {
  const env = options.env ?? process.env;
  const url = env.DATABASE_URL?.trim();
  if (url) {
    validateDatabaseUrl(url, "DATABASE_URL");
    await assertDatabaseReachable(url, { variable: "DATABASE_URL" });
    return { url, stop: async () => {}, embedded: false };
  }
  const embedded = await startEmbeddedDatabase({
    dataDir: options.embeddedDataDir ?? defaultEmbeddedDataDir,
    port: options.embeddedPort,
  });
  return { url: embedded.url, stop: embedded.stop, embedded: true };
}
