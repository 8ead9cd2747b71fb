/**
 * Where to send the visitor after switching language: back to the page they were on, but
 * only a path on this site (a full or protocol-relative URL would make the form an open
 * redirect).
 */
export function safeRedirectTarget(value: unknown): string {
  if (typeof value !== "string" || !value.startsWith("/") || value.startsWith("//") || value.includes("\\")) {
    return "/";
  }
  return value;
}
