// The service worker: keeps the built app (scripts, styles), the public static files and exactly one page on the
// phone: /kantor-desa/luring, built at build time with no session, so it holds nothing personal. An office page
// (/kantor-desa/...) that cannot load is answered with it, so the installed app started without a signal still
// takes registrations; any other page that cannot load gets the plain /offline.html. It never stores anything
// else: no other page, no data response, nothing sent with a cookie. Personal data stays out of the Cache API;
// entries made offline, and the key that opens them, live only in the encrypted queue's database (#lib/offline).
import { version } from "$app/env";
import { assets, immutable, prerendered } from "$app/manifest";
import { self as worker } from "$app/service-worker";

const CACHE = `desa-migran-app-${version}`;
const OFFLINE_PAGE = "/offline.html";
const OFFICE_OFFLINE_PAGE = "/kantor-desa/luring";
/**
 * Built files (content-hashed), the static folder and the prerendered office page: the same for every visitor,
 * none of them personal. Only that one prerendered page, should another ever be prerendered.
 */
const PRECACHE = [
  ...immutable,
  ...assets,
  ...prerendered.filter(({ path }) => path.replace(/^\//, "") === OFFICE_OFFLINE_PAGE.slice(1)),
].map(({ path }) => `/${path.replace(/^\//, "")}`);
const precached = new Set(PRECACHE);

/** A response that may be personal: sent with a cookie, or marked private / no-store. Never cached. */
function mayBePersonal(response: Response): boolean {
  const cacheControl = response.headers.get("cache-control") ?? "";
  return response.headers.has("set-cookie") || /\b(private|no-store)\b/i.test(cacheControl);
}

async function precache() {
  const cache = await caches.open(CACHE);
  await Promise.all(
    PRECACHE.map(async (path) => {
      // Without credentials: the server cannot tell who asks, so nothing personal can come back.
      const response = await fetch(path, { credentials: "omit", cache: "reload" });
      if (response.ok && !mayBePersonal(response)) await cache.put(path, response);
    }),
  );
}

worker.addEventListener("install", (event) => {
  event.waitUntil(precache().then(() => worker.skipWaiting()));
});

worker.addEventListener("activate", (event) => {
  event.waitUntil(
    (async () => {
      for (const key of await caches.keys()) if (key !== CACHE) await caches.delete(key);
      await worker.clients.claim();
    })(),
  );
});

worker.addEventListener("fetch", (event) => {
  const { request } = event;
  if (request.method !== "GET") return;
  const url = new URL(request.url);
  if (url.origin !== worker.location.origin) return;
  if (precached.has(url.pathname)) {
    event.respondWith(
      caches
        .open(CACHE)
        .then((cache) => cache.match(url.pathname))
        .then((cached) => cached ?? fetch(request)),
    );
    return;
  }
  // Pages always come from the network (never cached); without a signal, an office address goes to the office's
  // offline page (a redirect, so the page's own router sees its own address), any other to the plain one.
  if (request.mode === "navigate") {
    const office = url.pathname === "/kantor-desa" || url.pathname.startsWith("/kantor-desa/");
    event.respondWith(
      fetch(request).catch(async () => {
        if (office && (await caches.match(OFFICE_OFFLINE_PAGE)))
          return Response.redirect(new URL(OFFICE_OFFLINE_PAGE, worker.location.origin).href, 302);
        return (await caches.match(OFFLINE_PAGE)) ?? Response.error();
      }),
    );
  }
});
