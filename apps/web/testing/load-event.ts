// Calls a page's real `load` or action against the real API, as Kit does on the server, without a browser.
import type { Cookies } from "@sveltejs/kit";

import { SESSION_COOKIE } from "../src/lib/session.ts";

export interface TestLoadEvent {
  url: URL;
  params: Record<string, string>;
  cookies: Pick<Cookies, "get">;
  fetch: typeof fetch;
}

/**
 * A minimal server load event for `path` (query string included). Its fetch sends every request
 * to `apiUrl`, as a deployment's handleFetch hook would reroute API calls: API_URL is read once
 * when the app's modules load, so the test cannot point it at a per-test port.
 */
export function loadEvent(apiUrl: string, path: string, params: Record<string, string> = {}): TestLoadEvent {
  return {
    url: new URL(path, "http://localhost"),
    params,
    cookies: { get: () => undefined },
    fetch: (_input, init) => globalThis.fetch(apiUrl, init),
  };
}

/** The status `error()` threw, or undefined when the promise resolved. */
export async function statusOf(promise: Promise<unknown>): Promise<number | undefined> {
  try {
    await promise;
    return undefined;
  } catch (caught) {
    const status = (caught as { status?: number }).status;
    if (typeof status !== "number") throw caught;
    return status;
  }
}

export interface ServerEventOptions {
  /** Route parameters (`params` of the event). */
  params?: Record<string, string>;
  /** Posts these fields as a form; a list of pairs repeats a field (checkboxes). */
  form?: Record<string, string> | [string, string][];
  /** The session token to send as the session cookie. */
  token?: string;
  /** A cookie jar shared between events, e.g. to carry the session a sign-in action set. */
  cookies?: Map<string, string>;
  /** Data of the layouts above the page, as Kit's `parent()` returns it. */
  parent?: () => Promise<unknown>;
}

/**
 * A server request event as Kit gives loads and actions: a GET for `path`, or a POST of `form`.
 * Cookies live in a jar (`set` also records its options in `setCookies`); fetch goes to `apiUrl`
 * as in `loadEvent`; `setHeaders` records into `headers` and, like Kit, refuses a header set twice.
 */
export function serverEvent(apiUrl: string, path: string, options: ServerEventOptions = {}) {
  const url = new URL(path, "http://localhost");
  const body = options.form ? new URLSearchParams(options.form) : undefined;
  const jar = options.cookies ?? new Map<string, string>();
  if (options.token !== undefined) jar.set(SESSION_COOKIE, options.token);
  const setCookies: { name: string; value: string; options: Record<string, unknown> }[] = [];
  const headers: Record<string, string> = {};
  return {
    url,
    params: options.params ?? {},
    request: new Request(url, { method: body ? "POST" : "GET", body }),
    cookies: {
      get: (name: string) => jar.get(name),
      set: (name: string, value: string, opts: Record<string, unknown> = {}) => {
        jar.set(name, value);
        setCookies.push({ name, value, options: opts });
      },
      delete: (name: string) => void jar.delete(name),
    },
    fetch: (_input: unknown, init?: RequestInit) => globalThis.fetch(apiUrl, init),
    parent: options.parent ?? (async () => ({})),
    setHeaders: (set: Record<string, string>) => {
      for (const [name, value] of Object.entries(set)) {
        if (name in headers) throw new Error(`${name} header is already set`);
        headers[name] = value;
      }
    },
    headers,
    setCookies,
    jar,
  };
}

/**
 * Awaits a load or action: `{ value }` it returned, or `{ status, location }` of the redirect()/error()
 * it threw; anything else is rethrown. Untyped, as tests read pages' data and locations freely.
 */

export async function outcome(promise: unknown): Promise<any> {
  try {
    return { value: await promise };
  } catch (thrown) {
    const { status, location } = thrown as { status?: number; location?: string };
    if (typeof status !== "number") throw thrown;
    return { status, location };
  }
}
