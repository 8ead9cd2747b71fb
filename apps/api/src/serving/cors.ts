import type { YogaServerOptions } from "graphql-yoga";

type CorsOption = NonNullable<YogaServerOptions<object, object>["cors"]>;

/** WEB_ORIGIN as a list: one origin or several separated by commas, each `scheme://host[:port]`, no path. */
export function parseOrigins(value: string): string[] {
  return value
    .split(",")
    .map((origin) => origin.trim())
    .filter(Boolean)
    .map((origin) => {
      const url = new URL(origin);
      if (url.origin !== origin.replace(/\/$/, "")) throw new Error(`WEB_ORIGIN: "${origin}" is not a bare origin`);
      return url.origin;
    });
}

/**
 * Browsers may call the API with credentials only from our own web app's origins. Any other origin (another site,
 * or another port of the same host, which is the same "site" for cookies) gets no CORS headers at all, so the
 * browser neither sends a preflighted request nor lets the page read an answer.
 */
export function corsForOrigins(allowed: string[]): CorsOption {
  const allowedSet = new Set(allowed);
  return (request: Request) => {
    const origin = request.headers.get("origin");
    if (!origin || !allowedSet.has(origin)) return false;
    return {
      origin: [origin],
      credentials: true,
      methods: ["GET", "POST"],
      allowedHeaders: ["content-type", "accept", "x-request-id", "x-graphql-yoga-csrf"],
      maxAge: 600,
    };
  };
}
