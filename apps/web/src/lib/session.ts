import { redirect, type RequestEvent } from "@sveltejs/kit";

/**
 * Name of the cookie holding the user's API session. apps/api sets it on sign-in; the web
 * server forwards only this cookie to the API (see graphql.ts), never the visitor's others.
 */
export const SESSION_COOKIE = "dm_session";

export interface SessionCookieValue {
  token: string;
  maxAgeSeconds: number;
}

/**
 * Finds the session the API set in its response (`dm_session=…; Max-Age=…`). Null when the API
 * set none; a token with Max-Age 0 means the API cleared the session. A response may carry both:
 * signing in while the browser still holds a dead session clears the old one and sets the new one,
 * in that order, so a live session wins over a clearing one whatever their order.
 */
export function readSessionCookie(setCookies: readonly string[]): SessionCookieValue | null {
  let cleared: SessionCookieValue | null = null;
  let live: SessionCookieValue | null = null;
  for (const header of setCookies) {
    const [pair = "", ...attributes] = header.split(";");
    const separator = pair.indexOf("=");
    if (separator < 0 || pair.slice(0, separator).trim() !== SESSION_COOKIE) continue;
    let maxAgeSeconds = 0;
    for (const attribute of attributes) {
      const [name = "", value = ""] = attribute.split("=");
      if (name.trim().toLowerCase() === "max-age" && /^\d+$/.test(value.trim())) maxAgeSeconds = Number(value.trim());
    }
    const cookie = { token: decodeURIComponent(pair.slice(separator + 1).trim()), maxAgeSeconds };
    if (cookie.token && maxAgeSeconds > 0) live = cookie;
    else cleared = cookie;
  }
  return live ?? cleared;
}

interface CookieJar {
  set(
    name: string,
    value: string,
    options: { path: string; httpOnly: boolean; sameSite: "lax"; secure: boolean; maxAge: number },
  ): void;
  delete(name: string, options: { path: string; secure?: boolean }): void;
}

/**
 * Gives the browser the session the API created: the API's cookie was set on the web server's
 * request, not the browser's, so the web server sets the same cookie on its own response.
 * Returns false when the API set no usable session.
 */
export function applySessionCookie(cookies: CookieJar, setCookies: readonly string[], url: URL): boolean {
  const session = readSessionCookie(setCookies);
  if (!session || !session.token || session.maxAgeSeconds <= 0) return false;
  cookies.set(SESSION_COOKIE, session.token, {
    path: "/",
    httpOnly: true,
    sameSite: "lax",
    secure: url.protocol === "https:",
    maxAge: session.maxAgeSeconds,
  });
  return true;
}

/**
 * Forgets, in the browser, a session the API has just declared dead (revoked or expired): otherwise the
 * browser would keep sending it, and every page would ask the API about a session that no longer exists.
 */
export function forgetDeadSession(cookies: CookieJar, setCookies: readonly string[], url: URL): void {
  const session = readSessionCookie(setCookies);
  if (session && session.maxAgeSeconds <= 0)
    cookies.delete(SESSION_COOKIE, { path: "/", secure: url.protocol === "https:" });
}

/**
 * Where to go after a form (sign-in, language switch): a path on this site only (`/keluarga?x=1`), never a full
 * or protocol-relative URL, which would turn the form into an open redirect, and never a control character or
 * whitespace, which cannot go into a Location header (a tab or CRLF there made the server answer 500).
 */
export function safeReturnPath(value: unknown, fallback = "/akun"): string {
  if (
    typeof value !== "string" ||
    value.length > 2000 ||
    !value.startsWith("/") ||
    value.startsWith("//") ||
    /[\\\s\u0000-\u001f\u007f-\u009f]/.test(value)
  ) {
    return fallback;
  }
  return value;
}

/** The sign-in page, asking to come back to `path` afterwards. */
export function signInUrl(path: string): string {
  return `/masuk?kembali=${encodeURIComponent(safeReturnPath(path, "/akun"))}`;
}

/**
 * Sends the visitor to sign in, coming back to this page afterwards: its path and query, but not a form action's
 * `?/name`, which is a POST target and no page to come back to. Pages whose query holds personal data (the village
 * office's searches by name or NIK) pass `keepQuery: false`, so it never travels in an address to the sign-in page.
 */
export function redirectToSignIn(url: URL, { keepQuery = true } = {}): never {
  const query = keepQuery && !url.search.startsWith("?/") ? url.search : "";
  redirect(303, signInUrl(url.pathname + query));
}

/**
 * The sign-in guard of protected pages: a visitor without a session signs in first. It costs no API
 * call; a session the API no longer knows is caught by the page's own query (`requireViewer` checks both).
 */
export function requireSession(event: Pick<RequestEvent, "cookies" | "url">): void {
  if (!event.cookies.get(SESSION_COOKIE)) redirectToSignIn(event.url);
}
