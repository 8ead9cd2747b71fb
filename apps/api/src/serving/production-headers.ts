import type { Plugin } from "graphql-yoga";

/** Two years, with subdomains: the value hstspreload.org asks for. */
export const HSTS = "max-age=63072000; includeSubDomains";

/**
 * Production is only ever reached over https (a TLS proxy in front; plain http inside the private network), so
 * every cookie the API sets is Secure and browsers are told to keep to https, whatever scheme the hop from the
 * proxy used. Development and tests run on plain http and keep their cookies usable there.
 */
export function useProductionHeaders(): Plugin {
  return {
    onResponse({ response }) {
      response.headers.set("strict-transport-security", HSTS);
      const cookies = response.headers.getSetCookie();
      if (cookies.length === 0 || cookies.every((cookie) => /;\s*secure\b/i.test(cookie))) return;
      response.headers.delete("set-cookie");
      for (const cookie of cookies) {
        response.headers.append("set-cookie", /;\s*secure\b/i.test(cookie) ? cookie : `${cookie}; Secure`);
      }
    },
  };
}
