// The service worker: keeps the built app (scripts, styles) and the public static files on the phone, so an open
// village office page keeps working without a signal, and answers a page that cannot load with a plain offline
// page. It never stores anything else: no page, no data response, nothing sent with a cookie. Personal data stays
// out of the Cache API; entries made offline live only in the encrypted queue (#lib/offline).
import { version } from "$app/env";
import { assets, immutable } from "$app/manifest";
import { self as worker } from "$app/service-worker";

const CACHE = `desa-migran-app-${version}`;
const OFFLINE_PAGE = "/offline.html";
/** Built files (content-hashed) and the static folder: the same for every visitor, none of them personal. */
const PRECACHE = [...immutable, ...assets].map(({ path }) => `/${path.replace(/^\//, "")}`);
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
  // Pages always come from the network (never cached); without a signal, the plain offline page.
  if (request.mode === "navigate") {
    event.respondWith(fetch(request).catch(async () => (await caches.match(OFFLINE_PAGE)) ?? Response.error()));
  }
});
