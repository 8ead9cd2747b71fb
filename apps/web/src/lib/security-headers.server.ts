import type { sveltekit } from "@sveltejs/kit/vite";

type CspDirectives = NonNullable<NonNullable<NonNullable<Parameters<typeof sveltekit>[0]>["csp"]>["directives"]>;

import { SESSION_COOKIE } from "./session.ts";

/** The Content-Security-Policy directives (Kit adds a nonce for its own inline scripts; no unsafe-inline script). */
export const cspDirectives: CspDirectives = {
  "default-src": ["self"],
  "script-src": ["self"],
  // Svelte writes computed widths (charts, progress bars) as style attributes; scripts stay nonce-only.
  "style-src": ["self", "unsafe-inline"],
  "style-src-attr": ["unsafe-inline"],
  // Sellers may still link product photos hosted elsewhere (https only); placeholders are data: SVGs.
  "img-src": ["self", "data:", "https:"],
  "font-src": ["self"],
  "connect-src": ["self"],
  "form-action": ["self"],
  "frame-ancestors": ["none"],
  "base-uri": ["self"],
  "object-src": ["none"],
};

/**
 * Headers every page and endpoint carries. A response to a request with a session cookie is `private, no-store`:
 * whatever it shows (a name in the header, a wallet, a registry entry) is that person's, and must stay out of
 * shared caches and the browser's back-forward history on a shared phone. HSTS only over https in production.
 */
export function securityHeaders(request: {
  url: URL;
  hasSession: boolean;
  production: boolean;
}): Record<string, string> {
  const headers: Record<string, string> = {
    "x-content-type-options": "nosniff",
    "referrer-policy": "strict-origin-when-cross-origin",
    "permissions-policy": "geolocation=(), microphone=(), camera=(self), payment=()",
    "x-frame-options": "DENY",
    "cross-origin-opener-policy": "same-origin",
  };
  if (request.hasSession) headers["cache-control"] = "private, no-store";
  if (request.production && request.url.protocol === "https:") {
    headers["strict-transport-security"] = "max-age=31536000; includeSubDomains";
  }
  return headers;
}

export const hasSessionCookie = (cookies: { get(name: string): string | undefined }) =>
  Boolean(cookies.get(SESSION_COOKIE));
