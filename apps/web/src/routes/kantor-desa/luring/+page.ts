// Built once, at build time, with no session and no server load of its own: the service worker keeps it on the
// phone and shows it when an office page cannot load (src/service-worker). Nothing personal is in it; what it shows
// comes from the device, in the browser (the stored key, the encrypted queue).
export const prerender = true;
