// Structured JSON logs (pino), one object a line, for the API and the web server alike.
// What goes in: request ids, methods, paths, status codes, durations, operation names, error types and codes.
// What never goes in: headers, bodies, query strings, GraphQL variables or error messages from user input, since
// those carry NIKs, names, e-mail addresses, passwords, tokens and cookies. The redaction list below is a second
// line of defence for a field someone adds later, not the main one.
import { randomUUID } from "node:crypto";

import { type DestinationStream, type Logger, pino } from "pino";

export type { Logger };

export const REQUEST_ID_HEADER = "x-request-id";

const REDACTED_KEYS = ["password", "token", "cookie", "authorization", "nik", "email", "name", "phone"];

export function createLogger(service: string, destination?: DestinationStream): Logger {
  return pino(
    {
      // Tests that start servers in their own process would otherwise print a line per request.
      level: process.env.LOG_LEVEL || (process.env.NODE_ENV === "test" ? "warn" : "info"),
      base: { service, pid: process.pid },
      timestamp: pino.stdTimeFunctions.isoTime,
      // Log shippers match "level":"info" more easily than pino's numbers.
      formatters: { level: (label) => ({ level: label }) },
      redact: {
        paths: REDACTED_KEYS.flatMap((key) => [key, `*.${key}`]),
        censor: "[redacted]",
      },
    },
    destination,
  );
}

/**
 * The request id to log under: the caller's `x-request-id` when it is a plain token (so the web server's id and
 * a proxy's id carry through), else a new UUID. Anything else is replaced, so a client cannot write arbitrary
 * text (or someone's personal data) into the logs through this header.
 */
export function requestIdFrom(value: string | string[] | null | undefined): string {
  const candidate = Array.isArray(value) ? value[0] : value;
  return candidate && /^[A-Za-z0-9._:-]{8,128}$/.test(candidate) ? candidate : randomUUID();
}

/**
 * An error as it may be logged: its type, code and stack frames, without the message. Messages of database and
 * validation errors quote the values involved (Prisma prints the whole call with its arguments).
 */
export function safeError(error: unknown): { type: string; code?: string; stack?: string } {
  if (!(error instanceof Error)) return { type: typeof error };
  const code = (error as { code?: unknown }).code;
  const frames = error.stack
    ?.split("\n")
    .filter((line) => /^\s+at /.test(line))
    .slice(0, 12)
    .join("\n");
  return {
    type: error.constructor?.name || error.name,
    ...(typeof code === "string" || typeof code === "number" ? { code: String(code) } : {}),
    ...(frames ? { stack: frames } : {}),
  };
}

/** The path of a request URL without its query string (which may hold tokens or search text). */
export function pathOnly(url: string | undefined): string {
  const path = (url ?? "/").split("?")[0]!.split("#")[0]!;
  return path.length > 200 ? `${path.slice(0, 200)}…` : path;
}
