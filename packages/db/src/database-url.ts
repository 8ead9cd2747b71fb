// Checks a PostgreSQL connection URL up front, so a typo gives a sentence instead of a driver stack trace.
import pg from "pg";

/** The URL with its password hidden, for messages and logs. */
export function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = "***";
    return parsed.toString();
  } catch {
    // Not a URL, but it may still hold a password: hide whatever sits between "user:" and "@".
    return url.replace(/\/\/([^:/@]*):[^@]*@/, "//$1:***@");
  }
}

/** Throws an Error that names the variable, what is wrong with its value, and what to do. */
export function validateDatabaseUrl(url: string, variable = "DATABASE_URL"): URL {
  const fix = `Set ${variable} to a URL like postgresql://USER:PASSWORD@HOST:5432/DATABASE (or unset it to use the embedded database).`;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new Error(`${variable} is not a valid URL (${JSON.stringify(redactUrl(url))}). ${fix}`);
  }
  if (parsed.protocol !== "postgresql:" && parsed.protocol !== "postgres:") {
    throw new Error(`${variable} must start with postgresql:// or postgres://, not ${parsed.protocol}//. ${fix}`);
  }
  if (!parsed.hostname) throw new Error(`${variable} has no host name (${redactUrl(url)}). ${fix}`);
  if (parsed.port && !/^\d+$/.test(parsed.port)) {
    throw new Error(`${variable} has an invalid port "${parsed.port}" (${redactUrl(url)}). ${fix}`);
  }
  const database = decodeURIComponent(parsed.pathname.replace(/^\//, ""));
  if (database.includes("/")) {
    throw new Error(`${variable} names the database "${database}", which contains "/" (${redactUrl(url)}). ${fix}`);
  }
  return parsed;
}

/** Connects once and runs SELECT 1; throws an Error saying which server could not be reached and why. */
export async function assertDatabaseReachable(
  url: string,
  options: { variable?: string; timeoutMs?: number } = {},
): Promise<void> {
  const variable = options.variable ?? "DATABASE_URL";
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: options.timeoutMs ?? 5000 });
  // A failed connection emits 'error' as well as rejecting; without a listener Node would crash the process.
  client.on("error", () => {});
  try {
    await client.connect();
    await client.query("SELECT 1");
  } catch (error) {
    const err = error as NodeJS.ErrnoException & { code?: string };
    const message = err.message || String(error);
    const reason = err.code && !message.includes(err.code) ? `${err.code}: ${message}` : message;
    throw new Error(
      `Cannot reach the database at ${variable}=${redactUrl(url)}: ${reason}. ` +
        `Start that PostgreSQL server or correct ${variable}; unset ${variable} to use the embedded database instead.`,
      { cause: error },
    );
  } finally {
    await client.end().catch(() => {});
  }
}
