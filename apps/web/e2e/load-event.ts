// Calls a page's real `load` against the real API, as Kit does on the server, without a browser.
import type { Cookies } from "@sveltejs/kit";

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
