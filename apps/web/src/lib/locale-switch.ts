import { safeReturnPath } from "./session.ts";

/**
 * Where to send the visitor after switching language: back to the page they were on, but
 * only a path on this site (a full or protocol-relative URL would make the form an open
 * redirect).
 */
export function safeRedirectTarget(value: unknown): string {
  return safeReturnPath(value, "/");
}
